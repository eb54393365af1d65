// The benchmark's figures (bench/results.json) and their text tables, for the terminal and the README.
import type { ImportTasks } from './big-import.ts';
import type { BytesByType, ResourceType } from './first-load.ts';

/** The pages whose first load is weighed (and held to the budgets). */
export const PAGES = ['/', '/play', '/map'] as const;
export type PagePath = (typeof PAGES)[number];
/** The page whose first answer is timed to its feedback. */
export const QUIZ: PagePath = '/play';
/** The floor: an empty prerendered SvelteKit page (bench/empty-app). */
export const EMPTY = 'empty SvelteKit page';
/** What is timed, interleaved in one run: the floor, and the app's pages. */
export type Target = typeof EMPTY | '/' | '/play' | '/map' | '/zh/play';

export interface PageResult {
	requests: number;
	bytes: BytesByType;
	biggest: { path: string; type: ResourceType; raw: number; gzip: number }[];
	heavyLibraries: { library: string; path: string }[];
}

/** `ready`: when the page said it is hydrated and showing its data; timed for the empty page only. */
export interface LoadTimes {
	cold: { fcp: number | null; answerable: number | null; ready: number | null; answerToFeedback: number | null };
	offline: { fcp: number | null; answerable: number | null; ready: number | null } | null;
}

export interface Budgets {
	firstLoad: Record<string, { jsGzipKiB: number; totalGzipKiB: number }>;
}

export interface BenchResults {
	date: string;
	runs: number;
	browser: string;
	node: string;
	serviceWorker: 'in control, offline' | 'no service worker';
	pages: Record<PagePath, PageResult>;
	/** Medians of interleaved loads, milliseconds from the start of navigation. */
	loads: Partial<Record<Target, LoadTimes>>;
	chinesePlay: string;
	/** Time to a usable page (its data shown, or its first question answerable) with no reviews and with many. */
	longHistory: { reviews: number; pages: Record<'/' | '/play' | '/stats', { none: number | null; stored: number | null }> };
	/** Main-thread time by activity from the start of a cold /play to its first answerable question. */
	hydration: { runs: number; untilMs: number; breakdown: Record<string, number> } | null;
	/** The main thread's long tasks while a big backup is imported. */
	bigImport: ImportTasks;
	replay: { count: number; ms: number; heapMB: number }[];
	budgets: Budgets['firstLoad'];
}

export function median(values: readonly (number | null)[]): number | null {
	const known = values.filter((value) => value !== null).sort((a, b) => a - b);
	if (known.length === 0) return null;
	const middle = Math.floor(known.length / 2);
	return known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number | null | undefined) => (value == null ? '–' : value.toFixed(1));

/** Columns aligned with spaces: the first to the left, figures to the right. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
	const line = (row: readonly string[]) =>
		row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const TYPE_NAMES: Record<keyof BytesByType, string> = {
	js: 'JS',
	css: 'CSS',
	html: 'HTML',
	data: 'data (JSON)',
	other: 'other',
	total: 'total'
};

export function formatReport(results: BenchResults): string {
	const { pages, runs } = results;
	const home = pages['/'];
	const quiz = pages[QUIZ];
	const map = pages['/map'];
	const offline = results.serviceWorker === 'no service worker' ? 'no service worker' : undefined;

	const bytes = table(
		[`first load, KiB (median of ${runs})`, ...PAGES.flatMap((path) => [`${path} raw`, `${path} gzip`])],
		(Object.keys(TYPE_NAMES) as (keyof BytesByType)[]).map((type) => [
			TYPE_NAMES[type],
			...PAGES.flatMap((path) => [kib(pages[path].bytes[type].raw), kib(pages[path].bytes[type].gzip)])
		])
	);

	const budgets = table(
		['budget, gzip KiB', 'limit', 'measured', 'margin'],
		Object.entries(results.budgets).flatMap(([path, budget]) => {
			const bytes = pages[path as PagePath]?.bytes;
			if (!bytes) return [];
			const row = (what: string, limitKiB: number, used: number) => {
				const margin = limitKiB - used / 1024;
				return [`${path} ${what}`, limitKiB.toFixed(1), kib(used), `${margin >= 0 ? '+' : ''}${margin.toFixed(1)}`];
			};
			return [row('JS', budget.jsGzipKiB, bytes.js.gzip), row('total', budget.totalGzipKiB, bytes.total.gzip)];
		})
	);

	const floor = results.loads[EMPTY];
	const ratio = (value: number | null | undefined, base: number | null | undefined) =>
		value == null || !base ? '–' : `${(value / base).toFixed(2)}×`;
	const timeRows = (target: Target, what: string, pick: (t: NonNullable<LoadTimes['offline']>) => number | null) => {
		const load = results.loads[target];
		if (!load) return [];
		const cold = pick(load.cold);
		const off = load.offline ? pick(load.offline) : null;
		return [
			[
				`${target} ${what}`,
				ms(cold),
				ratio(cold, floor?.cold.fcp),
				offline ?? ms(off),
				offline ? '–' : ratio(off, floor?.offline?.fcp)
			]
		];
	};
	const times = table(
		[`time, ms (median of ${runs}, interleaved)`, 'cold', '× empty FCP', 'offline, service worker', '× empty FCP'],
		[
			...timeRows(EMPTY, 'first contentful paint', (t) => t.fcp),
			...timeRows(EMPTY, 'hydrated (its onMount ran)', (t) => t.ready),
			...timeRows('/', 'first contentful paint', (t) => t.fcp),
			...timeRows('/play', 'first contentful paint', (t) => t.fcp),
			...timeRows('/play', 'first question answerable', (t) => t.answerable),
			...timeRows('/map', 'first contentful paint', (t) => t.fcp),
			...timeRows('/zh/play', 'first contentful paint', (t) => t.fcp),
			...timeRows('/zh/play', 'first question answerable', (t) => t.answerable),
			['/play answer → feedback (main thread)', ms(results.loads['/play']?.cold.answerToFeedback), '', '–', '']
		]
	);
	const chinese = results.loads['/zh/play'] ? [] : [`/zh/play: ${results.chinesePlay}.`];

	const { longHistory } = results;
	const usable: Record<string, string> = { '/': 'mastery shown', '/play': 'question answerable', '/stats': 'charts drawn' };
	const history = table(
		['time to a usable page, ms', 'no reviews', `${longHistory.reviews.toLocaleString('en')} reviews`, 'ratio'],
		Object.entries(longHistory.pages).map(([path, { none, stored }]) => [`${path} (${usable[path]})`, ms(none), ms(stored), ratio(stored, none)])
	);

	const hydration = results.hydration
		? table(
				[`/play main thread to first question (median of ${results.hydration.runs})`, 'ms', 'share'],
				Object.entries(results.hydration.breakdown).map(([what, value]) => [
					what,
					ms(value),
					`${Math.round((100 * value) / results.hydration!.untilMs)} %`
				])
			)
		: 'No trace of /play.';

	const { bigImport } = results;
	const importing = table(
		[`import of ${bigImport.answers.toLocaleString('en')} answers`, 'ms'],
		[
			['file chosen → result shown', ms(bigImport.totalMs)],
			['longest task on the main thread', ms(bigImport.longestTaskMs)],
			['tasks over 200 ms', String(bigImport.tasksOverFreeze)]
		]
	);

	const replay = table(
		['rebuild all card states', 'ms', 'heap MB'],
		results.replay.map((run) => [`${run.count.toLocaleString('en')} reviews`, ms(run.ms), run.heapMB.toFixed(1)])
	);

	const files = table(
		['biggest first-load files of /play', 'raw KiB', 'gzip KiB'],
		quiz.biggest.map((file) => [file.path, kib(file.raw), kib(file.gzip)])
	);

	const heavy = [home, quiz, map].flatMap((page) => page.heavyLibraries.map(({ library, path }) => `${library} in ${path}`));
	return [
		`${results.browser}, Node ${results.node}, ${results.date.slice(0, 10)}; requests: ${PAGES.map((path) => `${path} ${pages[path].requests}`).join(', ')}`,
		bytes,
		budgets,
		times,
		...chinese,
		history,
		hydration,
		importing,
		replay,
		files,
		`Heavy libraries in a first load: ${heavy.length ? heavy.join(', ') : 'none'}`
	].join('\n\n');
}
