// `npm run bench`: builds the app and an empty SvelteKit page (bench/empty-app), serves both on loopback, drives
// Chromium, prints the figures and writes them to bench/results.json. The empty page is loaded in the same run,
// interleaved with the app's pages, so that every time can be read as a multiple of SvelteKit's own floor on this
// machine at this moment. Numbers only: byte budgets are checked by tests/e2e/budgets.spec.ts, and times are never
// asserted, because they depend on the machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../static-server.ts';
import { buildEmptyApp } from './empty-app.ts';
import { chineseFontWarning } from './fonts.ts';
import { biggest, bytesByType, firstLoad, heavyLibrariesIn, type BytesByType, type Resource } from './first-load.ts';
import { hydrationBreakdown, type Breakdown } from './hydration.ts';
import { bigImportTasks } from './big-import.ts';
import { untilMachineQuiet } from './quiet.ts';
import { HISTORY_PAGES, LONG_HISTORY, longHistoryTimes } from './long-history.ts';
import { answerToFeedback, timeNavigation, TIMING_SCRIPT, watchTimings, type PageTimings, type Usable } from './page-timings.ts';
import type { benchReplay } from './replay.ts';
import {
	EMPTY,
	formatReport,
	median,
	PAGES,
	QUIZ,
	type BenchResults,
	type Budgets,
	type LoadTimes,
	type PagePath,
	type PageResult,
	type Target
} from './report.ts';

// Eleven: on a shared two-core machine a median of seven moved by a fifth from one run to the next.
const RUNS = 11;
const root = fileURLToPath(new URL('../../', import.meta.url));

interface ColdLoad {
	resources: Resource[];
	timings: PageTimings;
	answerToFeedbackMs: number | null;
}

/** Where each target is served, and what makes it usable: a question to answer, or (the empty page) hydration. */
interface Site {
	target: Target;
	url: string;
	usable?: Usable;
}

/** A first visit: empty cache, no service worker, fresh context; the quiz page also answers its first question. */
async function coldLoad(browser: Browser, site: Site, answer: boolean): Promise<ColdLoad> {
	// The page reports its marks as they come (page-timings.ts): listened to from before the navigation.
	let timings: ReturnType<typeof watchTimings> | undefined;
	const { resources, measured } = await firstLoad(browser, site.url, {
		initScript: TIMING_SCRIPT,
		// The fresh context's new window first finishes Chromium's own start-up work (scripts/bench/quiet.ts).
		beforeNavigation: (page) => {
			timings = watchTimings(page);
			return untilMachineQuiet();
		},
		measure: async (page) => ({
			timings: await timings!.until(site.usable),
			answerToFeedbackMs: answer ? await answerToFeedback(page) : null
		})
	});
	return { resources, ...measured! };
}

/** A page of `origin` with its service worker in control, or null when it never takes control. */
async function controlledPage(browser: Browser, origin: string): Promise<Page | null> {
	const context = await browser.newContext();
	await context.addInitScript(TIMING_SCRIPT);
	const page = await context.newPage();
	const controlled = () =>
		page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 }).then(
			() => true,
			() => false
		);
	await page.goto(`${origin}/`);
	// The app registers the worker itself and its first install claims the page; a reload covers a worker that does not.
	if (!(await controlled()) && !(await page.reload().then(controlled))) {
		await context.close();
		return null;
	}
	await context.setOffline(true);
	return page;
}

/**
 * Starts with the service worker in control and the network off, as a returning learner on a train; the empty
 * page's own worker serves it the same way. Null when the app's build has no worker or it never takes control.
 */
async function offlineStarts(browser: Browser, sites: readonly Site[], origins: Record<'app' | 'empty', string>) {
	if (!existsSync(`${root}build/service-worker.js`)) return null;
	const app = await controlledPage(browser, origins.app);
	const empty = await controlledPage(browser, origins.empty);
	try {
		if (!app || !empty) return null;
		const starts = Object.fromEntries(sites.map((site) => [site.target, [] as PageTimings[]])) as Record<Target, PageTimings[]>;
		for (let run = 0; run < RUNS; run++) {
			for (const site of sites) {
				const page = site.target === EMPTY ? empty : app;
				starts[site.target].push(await timeNavigation(page, site.url, site.usable));
			}
		}
		return starts;
	} finally {
		await app?.context().close();
		await empty?.context().close();
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

function pageResult(loads: readonly ColdLoad[]): PageResult {
	// Bytes are the same on every cold load of one build; files and libraries are read from the last.
	const last = loads.at(-1)!;
	return {
		requests: median(loads.map((load) => load.resources.length)) ?? 0,
		bytes: medianBytes(loads),
		biggest: biggest(last.resources, 6).map(({ path, type, raw, gzip }) => ({ path, type, raw, gzip })),
		heavyLibraries: heavyLibrariesIn(last.resources)
	};
}

function loadTimes(cold: readonly ColdLoad[], offline: readonly PageTimings[] | undefined): LoadTimes {
	return {
		cold: {
			fcp: median(cold.map((load) => load.timings.fcpMs)),
			answerable: median(cold.map((load) => load.timings.answerableMs)),
			ready: median(cold.map((load) => load.timings.readyMs)),
			answerToFeedback: median(cold.map((load) => load.answerToFeedbackMs))
		},
		offline: offline
			? {
					fcp: median(offline.map((start) => start.fcpMs)),
					answerable: median(offline.map((start) => start.answerableMs)),
					ready: median(offline.map((start) => start.readyMs))
				}
			: null
	};
}

function medianBreakdown(runs: readonly Breakdown[]): Breakdown {
	return Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key as keyof Breakdown])) ?? 0])) as Breakdown;
}

async function main() {
	// BENCH_BUILD=0 measures the build already in build/ (while working on the benchmark itself).
	console.log('Building the app and the empty page…');
	if (process.env.BENCH_BUILD !== '0') execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
	const emptyBuild = buildEmptyApp();
	// The lead adds the Chinese pages; until a build has them there is nothing to time there.
	const hasChinesePlay = existsSync(`${root}build/zh/play.html`);

	const noChineseFont = chineseFontWarning();
	if (noChineseFont) console.log(noChineseFont);

	console.log('Replaying review logs…');
	const replay = [10_000, 100_000].map((count) => replayInOwnProcess(count));

	const server = await startStaticServer(`${root}build`);
	const emptyServer = await startStaticServer(emptyBuild);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const sites: Site[] = [
			{ target: EMPTY, url: `${emptyServer.url}/`, usable: 'ready' },
			{ target: '/', url: `${server.url}/` },
			{ target: '/play', url: `${server.url}/play`, usable: 'answerable' },
			{ target: '/map', url: `${server.url}/map` },
			...(hasChinesePlay ? [{ target: '/zh/play' as const, url: `${server.url}/zh/play`, usable: 'answerable' as const }] : [])
		];
		console.log(`Loading ${sites.map((s) => s.target).join(', ')} ${RUNS} times each, interleaved, cold and then offline…`);
		const cold = Object.fromEntries(sites.map((site) => [site.target, [] as ColdLoad[]])) as Record<Target, ColdLoad[]>;
		for (let run = 0; run < RUNS; run++) {
			for (const site of sites) cold[site.target].push(await coldLoad(browser, site, site.target === QUIZ));
		}
		const offline = await offlineStarts(browser, sites, { app: server.url, empty: emptyServer.url });

		console.log(`Loading ${HISTORY_PAGES.map((p) => p.path).join(', ')} with no reviews and with ${LONG_HISTORY.toLocaleString('en')}, interleaved…`);
		const history = await longHistoryTimes(browser, server.url, RUNS);

		console.log('Importing a 100,000-answer backup, watching for long tasks…');
		const bigImport = await bigImportTasks(browser, server.url);

		console.log('Tracing the main thread of /play up to its first question…');
		const traces = [];
		for (let run = 0; run < 3; run++) {
			const trace = await hydrationBreakdown(browser, `${server.url}/play`);
			if (trace) traces.push(trace);
		}

		const results: BenchResults = {
			date: new Date().toISOString(),
			runs: RUNS,
			browser: `Chromium ${browser.version()}`,
			node: process.version,
			serviceWorker: offline ? 'in control, offline' : 'no service worker',
			pages: Object.fromEntries(PAGES.map((path) => [path, pageResult(cold[path])])) as Record<PagePath, PageResult>,
			loads: Object.fromEntries(sites.map((site) => [site.target, loadTimes(cold[site.target], offline?.[site.target])])),
			chinesePlay: hasChinesePlay ? 'measured' : 'not in this build (no build/zh/play.html)',
			longHistory: {
				reviews: LONG_HISTORY,
				pages: Object.fromEntries(
					HISTORY_PAGES.map(({ path }) => [path, { none: median(history[path].none), stored: median(history[path].stored) }])
				) as BenchResults['longHistory']['pages']
			},
			hydration: traces.length
				? { runs: traces.length, untilMs: median(traces.map((t) => t.untilMs)) ?? 0, breakdown: medianBreakdown(traces.map((t) => t.breakdown)) }
				: null,
			bigImport,
			replay,
			budgets: (JSON.parse(readFileSync(`${root}bench/budgets.json`, 'utf8')) as Budgets).firstLoad
		};
		writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, '\t')}\n`);
		console.log(`\n${formatReport(results)}\n\nWritten to bench/results.json.`);
		if (noChineseFont) console.log(noChineseFont);
	} finally {
		await browser.close();
		await server.close();
		await emptyServer.close();
	}
}

await main();
