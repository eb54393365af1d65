// What the main thread does between the start of a cold navigation to /play and its first answerable question,
// from a Chromium trace: parsing, compiling and running scripts, style and layout, paint, and the time it waits
// (on the network, or on IndexedDB) doing none of these.
import type { Browser } from '@playwright/test';
import { timeNavigation, TIMING_SCRIPT } from './page-timings.ts';
import { untilMachineQuiet } from './quiet.ts';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { url?: string; isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

export const ACTIVITIES = ['HTML', 'script: compile', 'script: run', 'style and layout', 'paint', 'other work', 'waiting'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export type Breakdown = Record<Activity, number>;

function activity(name: string): Exclude<Activity, 'waiting'> {
	if (name === 'ParseHTML') return 'HTML';
	if (/compile|Compile|ParseScript|StreamingCompile|produce(Module)?Cache/.test(name)) return 'script: compile';
	// v8.callFunction: the browser calling into the page's script (a storage reply, a promise's continuation);
	// Blink's microtask checkpoint runs promise continuations, most of the app's start, with no script event inside.
	if (/EvaluateScript|evaluateModule|FunctionCall|RunMicrotasks|MicrotaskCheckpoint|AsyncTask Run|TimerFire|EventDispatch|FireAnimationFrame|v8\.(run|callFunction|newInstance)|GC|V8\./.test(name)) return 'script: run';
	// Parsing stylesheets, shaping text and finding its fonts are part of style and layout.
	if (/UpdateLayoutTree|Layout|RecalculateStyles|recalcStyle|ParseAuthorStyleSheet|parseStyleSheet|StyleRecalc|ShapeText|Font/.test(name)) return 'style and layout';
	// "Commit" alone is the compositor's; DocumentLoader::CommitNavigation is the navigation's (other work).
	if (/Paint|Layerize|Composite|^Commit$|UpdateLayer|Rasterize/.test(name)) return 'paint';
	return 'other work';
}

/** Main-thread time by activity, milliseconds, from navigation start to the first answerable question of `url`. */
export async function hydrationBreakdown(browser: Browser, url: string): Promise<{ breakdown: Breakdown; untilMs: number } | null> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		await context.addInitScript(TIMING_SCRIPT);
		const page = await context.newPage();
		await untilMachineQuiet();
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'blink', 'toplevel'] });
		const { answerableMs } = await timeNavigation(page, url, 'answerable');
		const events: TraceEvent[] = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
		if (answerableMs === null) return null;
		// The navigation's start on the page's main thread; its thread is the one to read.
		const start = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL === url).at(-1);
		if (!start) return null;
		const end = start.ts + answerableMs * 1000;
		const slices = events
			.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= start.ts && e.ts < end)
			.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
		const breakdown = Object.fromEntries(ACTIVITIES.map((a) => [a, 0])) as Breakdown;
		// Self time: each slice's time goes to its own activity, or to its parent's when it names none (a task that
		// runs a script is script); what a child does is taken out of its parent's share.
		let busy = 0;
		const stack: { end: number; activity: Exclude<Activity, 'waiting'> }[] = [];
		for (const slice of slices) {
			while (stack.length && stack.at(-1)!.end <= slice.ts) stack.pop();
			const parent = stack.at(-1);
			const own = activity(slice.name);
			const kind = own === 'other work' && parent ? parent.activity : own;
			const ms = (Math.min(slice.ts + slice.dur!, end) - slice.ts) / 1000;
			breakdown[kind] += ms;
			if (parent) breakdown[parent.activity] -= ms;
			else busy += ms;
			stack.push({ end: slice.ts + slice.dur!, activity: kind });
		}
		breakdown.waiting = answerableMs - busy;
		return { breakdown, untilMs: answerableMs };
	} finally {
		await context.close();
	}
}
