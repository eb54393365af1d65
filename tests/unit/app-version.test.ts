import { describe, expect, it } from 'vitest';
import { buildInfo } from '../../scripts/build-info.ts';
import { buildDate, shortVersion } from '../../src/lib/words/app-version.ts';

const built = new Date(2026, 10, 27, 15, 30).getTime();

describe('the app version a learner reads', () => {
	it('is the package version and short commit, not a raw build number', () => {
		expect(shortVersion({ version: '0.1.0', commit: '808cf32', builtAt: built })).toBe('0.1.0 (808cf32)');
		expect(shortVersion({ version: '0.1.0', commit: '', builtAt: built })).toBe('0.1.0');
	});

	it('gives the build date in the interface language', () => {
		expect(buildDate({ version: '0.1.0', commit: '', builtAt: built }, 'en')).toBe('Nov 27, 2026');
		expect(buildDate({ version: '0.1.0', commit: '', builtAt: built }, 'zh-Hans')).toBe('2026年11月27日');
	});

	it('is recorded by the build from package.json and git', () => {
		const info = buildInfo(new URL('../../', import.meta.url), built);
		expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
		expect(info.commit).toMatch(/^([0-9a-f]{7,})?$/);
		expect(info.builtAt).toBe(built);
	});
});
