// `npm run screenshots`: pictures of the built app for the README, so they show what the app is today.
// A phone (390 × 844) in English and Chinese: home with some progress, a question with its feedback, the stats,
// the map of mastery, and a map question answered wrong by a learner who knows some fields. PNGs are reduced to a palette through sharp to keep the repository small.
// Chinese text needs a CJK font on this machine (Debian: fonts-noto-cjk or fonts-wqy-microhei).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { answerCurrent } from '../tests/e2e/support/play.ts';
import { knownFieldsLog, seedStore } from '../tests/e2e/support/seed.ts';

const root = new URL('../', import.meta.url);
const build = new URL('build/', root).pathname;
const out = new URL('docs/screenshots/', root);
const LANGUAGES = ['en', 'zh'] as const;

function hasChineseFont(): boolean {
	try {
		return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
	} catch {
		return true; // no fontconfig to ask (macOS, Windows): their system fonts cover Chinese
	}
}

async function save(page: Page, name: string) {
	const png = await page.screenshot();
	const file = new URL(`${name}.png`, out);
	await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 }).toFile(file.pathname);
	console.log(`  ${file.pathname.replace(root.pathname, '')}`);
}

/** A round of ten, some right, some wrong, so home and stats have something to show. */
async function playRound(page: Page) {
	await page.goto('/play');
	for (let i = 0; i < 10; i++) {
		if (i > 0) await page.getByTestId('next').click();
		await answerCurrent(page, i % 3 !== 1);
	}
	await page.getByTestId('next').click();
	await page.getByTestId('summary').waitFor();
}

if (!existsSync(`${build}index.html`)) throw new Error('No build/ to take pictures of: run `npx vite build` first.');
if (!hasChineseFont()) console.warn('No Chinese font installed: the Chinese screenshots would show empty boxes.');
mkdirSync(out, { recursive: true });

const server = await startStaticServer(build);
const contextOptions = () =>
	({
		baseURL: server.url,
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 1,
		hasTouch: true,
		isMobile: true,
		colorScheme: 'light',
		reducedMotion: 'reduce'
	}) as const;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const language of LANGUAGES) {
		const context = await browser.newContext(contextOptions());
		await context.addInitScript((language) => localStorage.setItem('creative-cities-language', language), language);
		const page = await context.newPage();

		await page.goto('/play');
		await answerCurrent(page, false);
		await page.getByTestId('feedback').scrollIntoViewIfNeeded();
		await save(page, `${language}-question`);

		await playRound(page);
		await page.goto('/');
		await page.getByTestId('streak').waitFor();
		await save(page, `${language}-home`);

		await page.goto('/stats');
		await page.getByTestId('heatmap').waitFor();
		await page.locator('#heatmap-heading').evaluate((heading) => heading.scrollIntoView());
		await save(page, `${language}-stats`);

		await page.goto('/map');
		await page.getByTestId('map-city').first().waitFor();
		await save(page, `${language}-map`);

		await context.close();

		// Another learner, who knows five cities' fields: the round opens on the map. Wrong on purpose.
		const mapContext = await browser.newContext(contextOptions());
		await mapContext.addInitScript((language) => localStorage.setItem('creative-cities-language', language), language);
		const learner = await mapContext.newPage();
		await learner.goto('/favicon.svg');
		await seedStore(learner, knownFieldsLog(['hangzhou', 'lyon', 'seoul', 'sydney', 'bogota']));
		await learner.goto('/play');
		await learner.getByTestId('choice').first().waitFor();
		const subject = await learner.getByTestId('question').getAttribute('data-subject');
		await learner.locator(`[data-testid="choice"]:not([data-value="${subject}"])`).first().click();
		await learner.getByTestId('feedback').waitFor();
		await learner.getByTestId('question').evaluate((question) => question.scrollIntoView());
		await save(learner, `${language}-map-question`);
		await mapContext.close();
	}
} finally {
	await browser.close();
	await server.close();
}
