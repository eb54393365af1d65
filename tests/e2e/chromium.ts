// Finds a Chromium to drive: CHROMIUM_PATH, then a system browser, then Playwright's own download.
// `npx playwright install` cannot download on every machine, so a system browser is the usual answer.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
	}
	const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
	if (system) return system;
	const bundled = chromium.executablePath();
	if (existsSync(bundled)) return bundled;
	throw new Error(
		'No Chromium found for the end-to-end tests. Install one:\n' +
			'  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
			'  or: npx playwright install chromium\n' +
			'  or set CHROMIUM_PATH to a Chromium or Chrome executable.'
	);
}

/** Flags for a headless Chromium on a closed network (no background calls home, no GPU). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
