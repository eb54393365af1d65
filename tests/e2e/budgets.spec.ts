// Byte budgets for the first load of a page (bench/budgets.json), no heavy library in it, and no module fetched late.
// Bytes only: times vary from machine to machine, so `npm run bench` reports them and nothing asserts them.
import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { fileURLToPath } from 'node:url';
import { biggest, bytesByType, firstLoad, heavyLibrariesIn, kib } from '../../scripts/bench/first-load.ts';
import { pagesOf, staticImportsOf, unpreloadedModules } from './support/module-graph.ts';

interface Budget {
	jsGzipKiB: number;
	totalGzipKiB: number;
}

const budgets: { firstLoad: Record<string, Budget> } = JSON.parse(
	readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')
);

for (const [path, budget] of Object.entries(budgets.firstLoad)) {
	test(`the first load of ${path} stays within its byte budget`, async ({ browser, baseURL }) => {
		const { resources } = await firstLoad(browser, `${baseURL}${path}`);
		const bytes = bytesByType(resources);
		const heaviest = biggest(resources)
			.map((r) => `  ${kib(r.gzip).toFixed(1).padStart(6)} KiB  ${r.path}`)
			.join('\n');
		const over = (what: string, limit: number) =>
			`${what} of the first load of ${path} (gzipped KiB) is over its budget of ${limit} KiB in bench/budgets.json. Biggest files:\n${heaviest}\n`;

		expect(resources.some((r) => r.type === 'html')).toBe(true);
		expect.soft(kib(bytes.js.gzip), over('The JavaScript', budget.jsGzipKiB)).toBeLessThanOrEqual(budget.jsGzipKiB);
		expect.soft(kib(bytes.total.gzip), over('The total', budget.totalGzipKiB)).toBeLessThanOrEqual(budget.totalGzipKiB);
		expect(heavyLibrariesIn(resources), `Libraries that should stay out of the first load of ${path}`).toEqual([]);
	});
}

// SvelteKit lists a page's modules from the bundler's manifest and skipped one that a lazily loaded module imports
// too (the play history, imported by the play page and by the long-history summary): every quiz page fetched it
// only after running the page's code, a round trip late (vite.config.ts keeps it in the app chunk).
test('every prerendered page preloads each module its code imports', () => {
	const build = fileURLToPath(new URL('../../build/', import.meta.url));
	const importsByModule = new Map<string, string[]>();
	const importsOf = (module: string) => importsByModule.get(module) ?? importsByModule.set(module, staticImportsOf(module)).get(module)!;
	const pages = pagesOf(build);
	const late = pages.flatMap((page) => unpreloadedModules(page, build, importsOf).map((module) => `${page.slice(build.length)}: ${module}`));

	expect(pages.length).toBeGreaterThan(100);
	expect(late, 'Modules a page imports that its modulepreload links leave out').toEqual([]);
});
