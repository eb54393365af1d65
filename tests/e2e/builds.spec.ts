// Tests that need builds of their own: a new version arriving, and hosting under a base path.
// Built one after another in one worker (builds share the machine's two cores).
import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { buildVariant } from './support/builds.ts';
import { answerSeveral, toQuestion } from './support/play.ts';
import { storedReviewIds } from './support/progress.ts';
import { startStaticServer } from '../../scripts/static-server.ts';

// Room for the builds themselves: two production builds took 91 s of a test on a loaded two-core machine (CI, with
// another worker running), which left the steps of the test too little of the 120 s it had.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

/** Built once for the tests that host the app under /creative-cities. */
let basePathBuild: string | undefined;
const buildUnderBasePath = () => (basePathBuild ??= buildVariant('base-path', { BASE_PATH: '/creative-cities' }));

test('a new version waits until the learner accepts the reload, and keeps progress', async ({ page, context }) => {
	const first = buildVariant('v1', { APP_VERSION: 'test-v1' });
	const second = buildVariant('v2', { APP_VERSION: 'test-v2' });
	const server = await startStaticServer(first);
	try {
		await page.goto(server.url + '/');
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const appVersion = page.getByTestId('app-version');
		// Progress made before the update.
		await page.goto(server.url + '/play');
		await answerSeveral(page, 2);
		await expect.poll(() => storedReviewIds(page)).toHaveLength(2);
		await page.goto(server.url + '/settings');
		await expect(appVersion).toHaveAttribute('data-version', 'test-v1');

		// A second tab of the old version, open while the update arrives.
		const otherTab = await context.newPage();
		await otherTab.goto(server.url + '/settings');

		server.serve(second);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		await expect(page.getByTestId('update-ready')).toBeVisible({ timeout: 20_000 });
		await expect(otherTab.getByTestId('update-ready')).toBeVisible();
		// Still the old version until the learner says so, even across a reload.
		await page.reload();
		await expect(appVersion).toHaveAttribute('data-version', 'test-v1');
		await expect(page.getByTestId('update-ready')).toBeVisible();

		await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
		await expect(appVersion).toHaveAttribute('data-version', 'test-v2');
		await expect(page.getByTestId('update-ready')).toHaveCount(0);
		expect(await storedReviewIds(page)).toHaveLength(2);
		await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '2');
		// The other tab still runs the old version, and keeps working: its backup code, never loaded before, comes
		// from the old version's cache (the server has only the new files), online and offline.
		await expect(otherTab.getByTestId('app-version')).toHaveAttribute('data-version', 'test-v1');
		const download = otherTab.waitForEvent('download');
		await otherTab.getByTestId('export-backup').click();
		expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8')).reviews).toHaveLength(2);
		await context.setOffline(true);
		await otherTab.getByRole('link', { name: 'Stats' }).click();
		await expect(otherTab.locator('h1')).toHaveText('Stats');
		await context.setOffline(false);
		await otherTab.getByRole('link', { name: 'Settings' }).click();
		// Its own Reload button brings it up to date.
		await Promise.all([otherTab.waitForEvent('load'), otherTab.getByTestId('update-reload').click()]);
		await expect(otherTab.getByTestId('app-version')).toHaveAttribute('data-version', 'test-v2');
		await expect(otherTab.getByTestId('update-ready')).toHaveCount(0);
	} finally {
		await server.close();
	}
});

test('hosted under a base path, it loads and works offline', async ({ page, context }) => {
	const dir = buildUnderBasePath();
	const server = await startStaticServer(dir, '/creative-cities');
	try {
		await page.goto(server.url + '/');
		await expect(page.getByTestId('field-mastery')).toHaveCount(7);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await context.setOffline(true);
		await page.goto(server.url + '/cities');
		await expect(page.getByTestId('city')).toHaveCount(152);
		await page.getByRole('link', { name: 'Play' }).first().click();
		await expect(page).toHaveURL(/\/creative-cities\/play$/);
		await toQuestion(page);
	} finally {
		await server.close();
	}
});

test('hosted under a base path, Chinese pages are there too: raw, by the browser’s language, through links, offline', async ({
	browser
}) => {
	const dir = buildUnderBasePath();
	const server = await startStaticServer(dir, '/creative-cities');
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	try {
		// The HTML as served, no script run: Chinese, and its links stay under the base path and /zh.
		const raw = await (await context.request.get(server.url + '/zh/play')).text();
		expect(raw).toMatch(/^<!doctype html>\s*<html lang="zh-Hans">/);
		expect(raw).toContain('<title>快速测验 · 创意城市</title>');
		expect(raw).toContain('<link rel="alternate" hreflang="en" href="../play"/>');
		expect(raw).toContain('href="../zh/cities"');

		await page.goto(server.url + '/');
		await expect(page).toHaveURL(/\/creative-cities\/zh$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.getByTestId('field-mastery')).toHaveCount(7);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await context.setOffline(true);
		await page.getByRole('navigation').getByRole('link', { name: '城市' }).click();
		await expect(page).toHaveURL(/\/creative-cities\/zh\/cities$/);
		await expect(page.getByTestId('city')).toHaveCount(152);
		await page.locator('[data-testid="city"][data-city="hangzhou"] a').click();
		await expect(page).toHaveURL(/\/creative-cities\/zh\/cities\/hangzhou$/);
		await expect(page.getByTestId('language-toggle')).toHaveAttribute('href', '/creative-cities/cities/hangzhou');
		await page.goto(server.url + '/zh-Hant/play');
		// A mainland browser reads Simplified: a Traditional address opens its Simplified page, from the service worker.
		await expect(page).toHaveURL(/\/creative-cities\/zh\/play$/);
		await toQuestion(page);
	} finally {
		await context.close();
		await server.close();
	}
});
