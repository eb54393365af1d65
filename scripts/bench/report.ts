// The benchmark's figures (bench/results.json) and their text tables, for the terminal and the README.
import type { BytesByType, ResourceType } from './first-load.ts';

export const PAGES = ['/', '/play', '/map'] as const;
export type PagePath = (typeof PAGES)[number];
/** The page that plays a quiz: it alone has a first question to time. */
export const QUIZ: PagePath = '/play';

export interface PageResult {
	requests: number;
	bytes: BytesByType;
	biggest: { path: string; type: ResourceType; raw: number; gzip: number }[];
	heavyLibraries: { library: string; path: string }[];
	coldMs: { fcp: number | null; answerable: number | null; answerToFeedback: number | null };
	offlineMs: { fcp: number | null; answerable: number | null } | null;
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

	const times = table(
		[`time, ms (median of ${runs})`, 'cold', 'offline, service worker'],
		[
			['/ first contentful paint', ms(home.coldMs.fcp), offline ?? ms(home.offlineMs?.fcp)],
			['/play first contentful paint', ms(quiz.coldMs.fcp), offline ?? ms(quiz.offlineMs?.fcp)],
			['/play first question answerable', ms(quiz.coldMs.answerable), offline ?? ms(quiz.offlineMs?.answerable)],
			['/play answer → feedback (main thread)', ms(quiz.coldMs.answerToFeedback), '–'],
			['/map first contentful paint', ms(map.coldMs.fcp), offline ?? ms(map.offlineMs?.fcp)]
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
		replay,
		files,
		`Heavy libraries in a first load: ${heavy.length ? heavy.join(', ') : 'none'}`
	].join('\n\n');
}
