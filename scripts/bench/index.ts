// `npm run bench`: builds the app, serves build/ on loopback, drives Chromium, prints the figures and
// writes them to bench/results.json. Numbers only: the byte budgets are checked by tests/e2e/budgets.spec.ts,
// and times are never asserted, because they depend on the machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../static-server.ts';
import { biggest, bytesByType, firstLoad, heavyLibrariesIn, type BytesByType, type Resource } from './first-load.ts';
import { answerToFeedback, readTimings, TIMING_SCRIPT, type PageTimings } from './page-timings.ts';
import type { benchReplay } from './replay.ts';
import { formatReport, median, PAGES, QUIZ, type BenchResults, type Budgets, type PagePath, type PageResult } from './report.ts';

const RUNS = 7;
const root = fileURLToPath(new URL('../../', import.meta.url));

interface ColdLoad {
	resources: Resource[];
	timings: PageTimings;
	answerToFeedbackMs: number | null;
}

/** A first visit: empty cache, no service worker, fresh context; the quiz page also answers its first question. */
async function coldLoad(browser: Browser, origin: string, path: PagePath): Promise<ColdLoad> {
	const quiz = path === QUIZ;
	const { resources, measured } = await firstLoad(browser, origin + path, {
		initScript: TIMING_SCRIPT,
		measure: async (page) => ({
			timings: await readTimings(page, { answerable: quiz }),
			answerToFeedbackMs: quiz ? await answerToFeedback(page) : null
		})
	});
	return { resources, ...measured! };
}

/**
 * Starts with the service worker in control and the network off, as a returning learner on a train.
 * Null when the build has no worker or it never takes control of the page.
 */
async function offlineStarts(browser: Browser, origin: string): Promise<Record<PagePath, PageTimings[]> | null> {
	if (!existsSync(`${root}build/service-worker.js`)) return null;
	const context = await browser.newContext();
	try {
		await context.addInitScript(TIMING_SCRIPT);
		const page = await context.newPage();
		const controlled = () =>
			page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 }).then(
				() => true,
				() => false
			);
		await page.goto(`${origin}/`);
		// The app registers the worker itself and its first install claims the page; a reload covers a worker that does not.
		if (!(await controlled()) && !(await page.reload().then(controlled))) return null;
		await context.setOffline(true);
		const starts = Object.fromEntries(PAGES.map((path) => [path, [] as PageTimings[]])) as Record<PagePath, PageTimings[]>;
		for (let run = 0; run < RUNS; run++) {
			for (const path of PAGES) {
				await page.goto(origin + path);
				starts[path].push(await readTimings(page, { answerable: path === QUIZ }));
			}
		}
		return starts;
	} finally {
		await context.close();
	}
}

/**
 * Rebuilds all card states from a synthetic log of `count` reviews (scripts/bench/replay.ts) in a Node
 * process of its own, so that the heap figure is the replay's alone, not the browser driver's too.
 */
function replayInOwnProcess(count: number): Awaited<ReturnType<typeof benchReplay>> {
	const replayUrl = JSON.stringify(new URL('./replay.ts', import.meta.url).href);
	const script = `const { benchReplay } = await import(${replayUrl}); console.log(JSON.stringify(await benchReplay(${count})));`;
	const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: root, encoding: 'utf8' });
	return JSON.parse(output.trim().split('\n').at(-1)!);
}

function medianBytes(loads: readonly ColdLoad[]): BytesByType {
	const all = loads.map((load) => bytesByType(load.resources));
	const of = (key: keyof BytesByType) => ({
		raw: median(all.map((bytes) => bytes[key].raw)) ?? 0,
		gzip: median(all.map((bytes) => bytes[key].gzip)) ?? 0
	});
	return { js: of('js'), css: of('css'), html: of('html'), data: of('data'), other: of('other'), total: of('total') };
}

function pageResult(loads: readonly ColdLoad[], offline: readonly PageTimings[] | undefined): PageResult {
	// Bytes are the same on every cold load of one build; files and libraries are read from the last.
	const last = loads.at(-1)!;
	return {
		requests: median(loads.map((load) => load.resources.length)) ?? 0,
		bytes: medianBytes(loads),
		biggest: biggest(last.resources, 6).map(({ path, type, raw, gzip }) => ({ path, type, raw, gzip })),
		heavyLibraries: heavyLibrariesIn(last.resources),
		coldMs: {
			fcp: median(loads.map((load) => load.timings.fcpMs)),
			answerable: median(loads.map((load) => load.timings.answerableMs)),
			answerToFeedback: median(loads.map((load) => load.answerToFeedbackMs))
		},
		offlineMs: offline
			? { fcp: median(offline.map((start) => start.fcpMs)), answerable: median(offline.map((start) => start.answerableMs)) }
			: null
	};
}

async function main() {
	console.log('Building the app…');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });

	console.log('Replaying review logs…');
	const replay = [10_000, 100_000].map((count) => replayInOwnProcess(count));

	const server = await startStaticServer(`${root}build`);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		console.log(`Loading ${PAGES.join(' and ')} ${RUNS} times each, cold and then offline…`);
		const cold = Object.fromEntries(PAGES.map((path) => [path, [] as ColdLoad[]])) as Record<PagePath, ColdLoad[]>;
		for (let run = 0; run < RUNS; run++) {
			for (const path of PAGES) cold[path].push(await coldLoad(browser, server.url, path));
		}
		const offline = await offlineStarts(browser, server.url);

		const results: BenchResults = {
			date: new Date().toISOString(),
			runs: RUNS,
			browser: `Chromium ${browser.version()}`,
			node: process.version,
			serviceWorker: offline ? 'in control, offline' : 'no service worker',
			pages: Object.fromEntries(PAGES.map((path) => [path, pageResult(cold[path], offline?.[path])])) as Record<PagePath, PageResult>,
			replay,
			budgets: (JSON.parse(readFileSync(`${root}bench/budgets.json`, 'utf8')) as Budgets).firstLoad
		};
		writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, '\t')}\n`);
		console.log(`\n${formatReport(results)}\n\nWritten to bench/results.json.`);
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
