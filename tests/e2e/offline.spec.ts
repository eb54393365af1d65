import { readdirSync } from 'node:fs';
import { expect, test, type Page } from './support/test.ts';
import { offerInstall } from './support/install.ts';
import { answerSeveral } from './support/play.ts';
import { expectAnswersAfterReload } from './support/progress.ts';

/** Every prerendered page of the build, as paths: `build/fields/music.html` → `/fields/music`. */
function prerenderedPages(dir = 'build', prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory() && entry.name !== '_app') return prerenderedPages(`${dir}/${entry.name}`, `${prefix}/${entry.name}`);
		if (!entry.name.endsWith('.html')) return [];
		return [entry.name === 'index.html' ? `${prefix}/` : `${prefix}/${entry.name.slice(0, -5)}`];
	});
}

async function visitUntilControlled(page: Page, path = '/') {
	await page.goto(path);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('after one visit, every page is stored for offline use, and each kind of page loads with the network off', async ({ page, context }) => {
	const pages = prerenderedPages();
	expect(pages).toEqual(expect.arrayContaining(['/', '/cities', '/play', '/settings', '/fields/music', '/play/field/music', '/map']));
	await visitUntilControlled(page);
	// Pages in Traditional are cached once a learner opens one (src/service-worker.ts).
	await page.goto('/zh-Hant');
	await expect.poll(() => page.evaluate(() => caches.match('/zh-Hant/play').then(Boolean)), { timeout: 30_000 }).toBe(true);
	expect(pages.filter((path) => /^\/zh(-Hant)?(\/|$)/.test(path))).toHaveLength((pages.length * 2) / 3);
	// Every page's HTML is in the worker's cache: read from the cache itself, not guessed from a few visits.
	const cached = await page.evaluate(async () => {
		const keys = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()));
		return keys.flat().map((request) => new URL(request.url).pathname);
	});
	// Kit lists a prerendered page by its path (`/cities`); a file copied as such would be `/cities.html`.
	expect(pages.filter((path) => !cached.includes(path) && !cached.includes(`${path}.html`))).toEqual([]);
	await context.setOffline(true);
	// Each kind of page in each language, offline: a few city pages are one of each template without visiting all 456.
	const isCityPage = (path: string) => /^(\/zh(-Hant)?)?\/cities\//.test(path);
	const sample = [...pages.filter((path) => !isCityPage(path)), ...pages.filter(isCityPage).filter((_, i) => i % 60 === 0)];
	test.setTimeout(60_000 + sample.length * 1_500);
	for (const path of sample) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.locator('h1'), path).toBeVisible();
	}
	await page.goto('/cities');
	await expect(page.getByTestId('city')).toHaveCount(152);
	const data = await page.evaluate(() => fetch('data/cities.json').then((r) => r.json()));
	expect(data.cities).toHaveLength(152);
	await page.goto('/map');
	await expect(page.getByTestId('map-city')).toHaveCount(151);
});

test("offline, an unknown address shows the app's own not-found page, and /play/ is /play", async ({ page, context }) => {
	await visitUntilControlled(page);
	await context.setOffline(true);
	await page.goto('/no-such-page/at/all');
	await expect(page.getByTestId('not-found')).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Play' }).first().click();
	await expect(page).toHaveURL(/\/play$/);
	await page.goto('/play/');
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByTestId('question').or(page.getByTestId('learn-card'))).toBeVisible();
});

test('a quiz can be played offline, and its answers are there after a reload', async ({ page, context }) => {
	await visitUntilControlled(page);
	await context.setOffline(true);
	await page.goto('/play');
	await answerSeveral(page, 3);
	await expectAnswersAfterReload(page, 3);
});

test('on a first visit the service worker is registered only once the first question is on screen', async ({ page, context }) => {
	// Its first install downloads every page of the app, which would compete with the first question for the processor
	// and the network. Recorded at the moment the app asks for the worker: was a step of the round there to act on?
	await context.addInitScript(() => {
		const container = navigator.serviceWorker;
		const register = container.register.bind(container);
		container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
			const step = document.querySelector('[data-testid="next"], [data-testid="choice"], [data-testid="answer-input"]');
			(window as unknown as { questionWhenRegistered: boolean }).questionWhenRegistered = step !== null;
			return register(...args);
		};
	});
	await visitUntilControlled(page, '/play');
	expect(await page.evaluate(() => (window as unknown as { questionWhenRegistered?: boolean }).questionWhenRegistered)).toBe(true);
});

test('a browser that refuses the service worker still plays and keeps the answers, with no error on the page', async ({ page, context }) => {
	// As a private window or a browser with site storage limited may: register() rejects.
	await context.addInitScript(() => {
		navigator.serviceWorker.register = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/play');
	await answerSeveral(page, 2);
	await expectAnswersAfterReload(page, 2);
	expect(errors).toEqual([]);
	// Settings says why it will not work offline here, before the learner finds out with the network off.
	await page.goto('/settings');
	const status = page.getByTestId('offline-status');
	await expect(status).toHaveAttribute('data-status', 'refused');
	await expect(status).toHaveText(
		'This browser would not store the app for use offline (in a private window, or with site data turned off): here it works only while online.'
	);
	await page.goto('/zh/settings');
	await expect(page.getByTestId('offline-status')).toHaveText('此浏览器不允许存储应用以供离线使用（无痕窗口，或已关闭网站数据）：在这里只能联网使用。');
});

test('Settings says the app works offline once it is stored, in the page’s language, with the network off too', async ({ page, context }) => {
	await page.goto('/settings');
	const status = page.getByTestId('offline-status');
	await expect(status).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
	await expect(status).toHaveText('Works offline: the app is stored in this browser.');
	await page.goto('/zh-Hant/settings');
	await expect(page.getByTestId('offline-status')).toHaveText('可以離線使用：應用程式已存入此瀏覽器。');
	await context.setOffline(true);
	await page.goto('/zh/settings');
	await expect(page.getByTestId('offline-status')).toHaveText('可以离线使用：应用已存入此浏览器。');
});

test('the manifest makes the app installable', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({ display: 'standalone', start_url: './', scope: './' });
	const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
	expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	for (const icon of manifest.icons) {
		const response = await request.get(`/${icon.src}`);
		expect(response.headers()['content-type']).toBe('image/png');
	}
	// Long-press shortcuts on the installed app's icon lead to real pages.
	const shortcuts = manifest.shortcuts.map((shortcut: { url: string }) => shortcut.url);
	expect(shortcuts).toEqual(['play', 'play/missed']);
	for (const url of shortcuts) expect((await request.get(`/${url}`)).status()).toBe(200);
});

test('an Install button appears when the browser offers installation, and prompts', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('install')).toHaveCount(0);
	await offerInstall(page, 'accepted');
	await page.getByTestId('install').click();
	expect(await page.evaluate(() => (window as unknown as { prompted: boolean }).prompted)).toBe(true);
	await expect(page.getByTestId('install')).toHaveCount(0);
});
