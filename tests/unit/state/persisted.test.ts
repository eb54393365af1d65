// A value kept in localStorage: the prerendered value until started, then the stored one, else the fallback.
import { afterEach, expect, test } from 'vitest';
import { Persisted } from '../../../src/lib/state/persisted.svelte.ts';

function fakeStorage(refuse = false) {
	const items = new Map<string, string>();
	globalThis.localStorage = {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (refuse) throw new DOMException('refused', 'SecurityError');
			items.set(key, value);
		}
	} as Storage;
	return items;
}

afterEach(() => {
	Reflect.deleteProperty(globalThis, 'localStorage');
});

test('reads the prerendered value until started, then what is stored, else the fallback', () => {
	const items = fakeStorage();
	const theme = new Persisted('theme', ['light', 'dark', 'system'] as const, 'system', () => 'light');
	items.set('theme', 'dark');
	expect(theme.current).toBe('system');
	theme.start();
	expect(theme.current).toBe('dark');
	items.set('theme', 'purple');
	expect(theme.current).toBe('light');
	theme.current = 'system';
	expect(items.get('theme')).toBe('system');
	expect(theme.current).toBe('system');
});

test('keeps a choice for this visit where storage is refused', () => {
	fakeStorage(true);
	const language = new Persisted('language', ['en', 'zh'] as const, 'en');
	language.start();
	language.current = 'zh';
	expect(language.current).toBe('zh');
});
