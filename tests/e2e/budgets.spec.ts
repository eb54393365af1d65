// Byte budgets for the first load of a page (bench/budgets.json), and no heavy library in it.
// Bytes only: times vary from machine to machine, so `npm run bench` reports them and nothing asserts them.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { biggest, bytesByType, firstLoad, heavyLibrariesIn, kib } from '../../scripts/bench/first-load.ts';

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
