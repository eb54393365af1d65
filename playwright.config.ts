import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

// Another port (E2E_PORT) lets two checkouts run their end-to-end tests at once.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	// A first round is twenty steps (a learn card before each new city); a shared two-core machine needs the room.
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	webServer: {
		// Serves the built app; `npm run test:e2e` builds first.
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		// Always a fresh server: one left running would serve an older build.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
