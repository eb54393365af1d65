import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, makeBackup, parseBackup } from '../../../src/lib/store/backup.ts';
import { needsBackup } from '../../../src/lib/stats/backup-reminder.ts';
import { DAY, T0, review } from '../review.ts';

const now = new Date(T0);

describe('backup files', () => {
	it('round-trip the whole log', async () => {
		const reviews = [review(), review({ city: 'busan', facet: 'country', kind: 'country-of-city', chosen: 'JP' })];
		const text = JSON.stringify(makeBackup(reviews, now));
		expect(await parseBackup(text, T0)).toEqual({ ok: true, reviews, future: { count: 0, latest: T0 } });
		expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
	});

	it('are named by the local date, not the UTC one', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Asia/Shanghai';
		try {
			// 00:30 on 6 January in Shanghai is still 5 January in UTC.
			expect(backupFileName(new Date('2026-01-06T00:30:00+08:00'))).toBe('creative-cities-backup-2026-01-06.json');
			process.env.TZ = 'America/New_York';
			expect(backupFileName(new Date('2026-01-05T22:00:00-05:00'))).toBe('creative-cities-backup-2026-01-05.json');
		} finally {
			process.env.TZ = zone;
		}
	});

	const good = () => makeBackup([review(), review()], now);
	const refused: [string, string, string][] = [
		['garbage', 'not a backup at all', 'not-json'],
		['a truncated file', JSON.stringify(good()).slice(0, 120), 'not-json'],
		['another format', JSON.stringify({ ...good(), format: 'anki' }), 'wrong-format'],
		['a plain JSON array', '[1, 2, 3]', 'wrong-format'],
		['a future version', JSON.stringify({ ...good(), version: 9 }), 'future-version'],
		['no list of reviews', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), 'no-reviews'],
		['an unknown city', JSON.stringify(makeBackup([review({ city: 'atlantis' })], now)), 'bad-review'],
		['a bad rating', JSON.stringify(makeBackup([{ ...review(), rating: 7 as 1 }], now)), 'bad-review'],
		['a missing field', JSON.stringify({ ...good(), reviews: [{ ...review(), correct: undefined }] }), 'bad-review'],
		['an extra field', JSON.stringify({ ...good(), reviews: [{ ...review(), evil: true }] }), 'bad-review'],
		['an implausible time not marked as a clock problem', JSON.stringify({ ...good(), reviews: [review({ at: 12 })] }), 'bad-review'],
		['an answer time of infinity (1e999)', JSON.stringify(good()).replace('"ms":5000', '"ms":1e999'), 'bad-review'],
		['a version that is no whole number', JSON.stringify({ ...good(), version: 1.5 }), 'unsupported-version'],
		['a version of 1e999', JSON.stringify({ ...good() }).replace('"version":1', '"version":1e999'), 'unsupported-version']
	];
	for (const [what, text, code] of refused) {
		it(`refuse ${what}`, async () => {
			const parsed = await parseBackup(text, T0);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.problem.code).toBe(code);
		});
	}

	it('refuse duplicate ids, naming the record', async () => {
		const r = review();
		const parsed = await parseBackup(JSON.stringify(makeBackup([r, review(), r], now)), T0);
		expect(parsed).toEqual({ ok: false, problem: { code: 'duplicate-id', index: 3, id: r.id } });
	});

	it('name the bad record and field', async () => {
		const parsed = await parseBackup(JSON.stringify(makeBackup([review(), review({ city: 'atlantis' })], now)), T0);
		expect(parsed).toEqual({ ok: false, problem: { code: 'bad-review', index: 2, detail: 'city: unknown city' } });
	});
});

describe('the backup reminder', () => {
	it('stays quiet with nothing to lose', () => {
		expect(needsBackup([], null, now)).toBe(false);
		expect(needsBackup([review({ at: T0 - DAY })], T0 - DAY / 2, now)).toBe(false);
	});
	it('speaks when unsaved progress is over a week old', () => {
		expect(needsBackup([review({ at: T0 - 8 * DAY })], null, now)).toBe(true);
		expect(needsBackup([review({ at: T0 - DAY })], null, now)).toBe(false);
		expect(needsBackup([review({ at: T0 - DAY })], T0 - 10 * DAY, now)).toBe(true);
	});
	it('speaks after many unsaved answers whatever their age', () => {
		expect(needsBackup(Array.from({ length: 200 }, () => review({ at: T0 - 1000 })), null, now)).toBe(true);
	});
});
