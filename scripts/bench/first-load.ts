// What a first visit downloads: every response until the network is idle, by type, raw and gzipped.
// Shared by the benchmark (which reports it) and the budgets test (which checks it), so both count alike.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';

export const RESOURCE_TYPES = ['js', 'css', 'html', 'data', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Resource {
	path: string;
	type: ResourceType;
	raw: number;
	gzip: number;
	body: Buffer;
}

export interface ByteTotals {
	raw: number;
	gzip: number;
}

export type BytesByType = Record<ResourceType | 'total', ByteTotals>;

export function resourceType(url: string, contentType = ''): ResourceType {
	const path = new URL(url).pathname;
	if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
	if (path.endsWith('.css') || contentType.includes('css')) return 'css';
	if (contentType.includes('html')) return 'html';
	if (/\.(json|webmanifest)$/.test(path) || contentType.includes('json')) return 'data';
	return 'other';
}

/** A response's bytes, raw and gzipped; null for a redirect or an aborted request, which has no body. */
async function resourceOf(response: Response): Promise<Resource | null> {
	const type = resourceType(response.url(), response.headers()['content-type']);
	return response.body().then(
		(body) => ({ path: new URL(response.url()).pathname, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, body }),
		() => null
	);
}

/**
 * Loads `url` in a fresh context — empty cache, service workers blocked so that nothing is served
 * from a previous visit or fetched in the background — and collects every response until the
 * network is idle. `beforeNavigation` runs on the blank page first; `measure` runs on the loaded page before the
 * context closes.
 */
export async function firstLoad<T = undefined>(
	browser: Browser,
	url: string,
	options: { initScript?: string; beforeNavigation?: (page: Page) => Promise<unknown>; measure?: (page: Page) => Promise<T> } = {}
): Promise<{ resources: Resource[]; measured: T | undefined }> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		if (options.initScript) await context.addInitScript(options.initScript);
		const page = await context.newPage();
		await options.beforeNavigation?.(page);
		const responses: Response[] = [];
		const record = (response: Response) => responses.push(response);
		page.on('response', record);
		await page.goto(url, { waitUntil: 'networkidle' });
		// What `measure` makes the page load (answering a question loads the scheduler) is not the first load.
		page.off('response', record);
		const measured = options.measure ? await options.measure(page) : undefined;
		// Bodies are read and gzipped only now: fetching each over the DevTools protocol and compressing it while the
		// page loads took CPU from the load being timed (on a two-core machine, 40-60 ms of /play's first question).
		const resources = (await Promise.all(responses.map(resourceOf))).filter((resource) => resource !== null);
		return { resources, measured };
	} finally {
		await context.close();
	}
}

export function bytesByType(resources: readonly Resource[]): BytesByType {
	const sum = (chosen: readonly Resource[]): ByteTotals => ({
		raw: chosen.reduce((total, r) => total + r.raw, 0),
		gzip: chosen.reduce((total, r) => total + r.gzip, 0)
	});
	const byType = Object.fromEntries(RESOURCE_TYPES.map((type) => [type, sum(resources.filter((r) => r.type === type))]));
	return { ...(byType as Record<ResourceType, ByteTotals>), total: sum(resources) };
}

export function biggest(resources: readonly Resource[], count = 5): Resource[] {
	return [...resources].sort((a, b) => b.gzip - a.gzip).slice(0, count);
}

/**
 * Libraries that belong to the import script or to a page of their own, never to a first load.
 * Each marker is a string that survives minification (a property name or a string constant), checked
 * against a minified Vite build of the library: class names like valibot's `ValiError` are mangled
 * or tree-shaken away, so they would miss.
 */
export const HEAVY_LIBRARIES = [
	// The Standard Schema vendor name, in every valibot schema.
	{ library: 'valibot', marker: 'valibot' },
	// The trie property of its dictionary converter, in every build of it.
	{ library: 'opencc-js', marker: 'trie_val' },
	// A word segmentation strategy name, part of the pinyin() entry point.
	{ library: 'pinyin-pro', marker: 'MaxProbability' }
] as const;

/** Heavy libraries found in the JavaScript of `resources`, with the file that carries each. */
export function heavyLibrariesIn(resources: readonly Resource[]): { library: string; path: string }[] {
	return HEAVY_LIBRARIES.flatMap(({ library, marker }) =>
		resources.filter((r) => r.type === 'js' && r.body.includes(marker)).map((r) => ({ library, path: r.path }))
	);
}

export const kib = (bytes: number) => bytes / 1024;
