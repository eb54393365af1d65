// Headless Chromium never offers installation by itself: the tests play the browser's part.
import { expect, type Page } from '@playwright/test';

/**
 * Offers installation as Chromium does (beforeinstallprompt) until the header shows its Install button. The app
 * listens once its code has run, which on a busy machine can be after `goto` returns, and an offer made before that
 * is heard by nobody; the browser itself offers only after the app has registered its service worker. The offer's
 * prompt sets `window.prompted`; the learner's answer to it is `outcome`.
 */
export async function offerInstall(page: Page, outcome: 'accepted' | 'dismissed'): Promise<void> {
	await expect(async () => {
		await page.evaluate((outcome) => {
			const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
				prompt: async () => void ((window as unknown as { prompted: boolean }).prompted = true),
				userChoice: Promise.resolve({ outcome })
			});
			window.dispatchEvent(offer);
		}, outcome);
		await expect(page.getByTestId('install')).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 15_000 });
}
