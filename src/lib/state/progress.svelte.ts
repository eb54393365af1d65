// The learner's progress as the pages see it: the review log, and the card states derived from it.
// Answers land in memory first, so the game never waits on storage; then in IndexedDB; then other tabs hear of them.
import { applyReview, byTime, cardKey, inferGrade, isFsrsLoaded, isKnown, loadFsrs, replay, type CardStates } from '$lib/srs';
import { REVIEW_SCHEMA_VERSION, type ReviewRecord } from '$lib/srs/types';
import { openReviewLog, storageProblem, type StorageProblem, type StorageStatus } from '$lib/store/availability';
import { openProgressChannel, type ProgressChannel } from '$lib/store/channel';
import { requestPersistence } from '$lib/store/persist';
import { memoryReviewLog, type MergeResult, type ReviewLog } from '$lib/store/reviews';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '$lib/store/settings';

export type Answer = Omit<ReviewRecord, 'id' | 'v' | 'rating'>;

function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	// randomUUID needs a secure context; a LAN address over http is not one.
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

class Progress {
	#reviews = $state.raw<ReviewRecord[]>([]);
	#states = $state.raw<CardStates>(new Map());
	#settings = $state.raw<Settings>(DEFAULT_SETTINGS);
	#status = $state.raw<StorageStatus>({ kind: 'saving' });
	#writeError = $state<StorageProblem | null>(null);
	/** Answers in memory that IndexedDB has not taken yet, oldest first. */
	#unsaved = $state.raw<ReviewRecord[]>([]);
	#askedPersistence = false;
	#ready = $state(false);
	#log: ReviewLog = memoryReviewLog();
	#channel: ProgressChannel | undefined;
	#loading: Promise<void> | undefined;

	get reviews(): readonly ReviewRecord[] {
		return this.#reviews;
	}
	get states(): CardStates {
		return this.#states;
	}
	get settings(): Settings {
		return this.#settings;
	}
	get status(): StorageStatus {
		return this.#status;
	}
	/** Why the last write failed; the answers themselves are kept in memory (`unsaved`). */
	get writeError(): StorageProblem | null {
		return this.#writeError;
	}
	get unsaved(): readonly ReviewRecord[] {
		return this.#unsaved;
	}
	get ready(): boolean {
		return this.#ready;
	}

	/** Opens storage and reads the log; safe to call from every page, runs once. */
	load(): Promise<void> {
		this.#loading ??= this.#open();
		return this.#loading;
	}

	async #open() {
		const { log, status, records } = await openReviewLog();
		// With answers to schedule, the scheduler is needed now; a new learner's loads with the first answer.
		// Failing that (offline, not cached yet), the log still loads; `#setLog` and the next answer try again.
		if (records.length > 0) await loadFsrs().catch(() => {});
		this.#log = log;
		this.#status = status;
		// Answers given while storage was opening are kept: they are written once it is open (see `record`).
		this.#setLog(this.#withUnsaved(records));
		if (status.kind === 'saving') this.#settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
		this.#channel = openProgressChannel((message) => {
			if (message.type === 'review') this.#add(message.record);
			else if (message.type === 'settings') void this.#reloadSettings();
			else void this.#reload();
		});
		this.#ready = true;
	}

	/** Records an answer, grading it from the card's state; returns the record stored. */
	record(answer: Answer): ReviewRecord {
		const known = isKnown(this.#states.get(cardKey(answer.city, answer.facet)));
		const rating = inferGrade({ correct: answer.correct, ms: answer.ms, kind: answer.kind, known });
		const record: ReviewRecord = { ...answer, id: newId(), rating, v: REVIEW_SCHEMA_VERSION };
		this.#add(record);
		this.#unsaved = [...this.#unsaved, record];
		void this.#saveUnsaved();
		return record;
	}

	/** Tries again to store what failed: unsaved answers, then the settings. */
	async retrySaving(): Promise<void> {
		// The warning stays up while this runs: it goes only once everything is stored.
		await this.#saveUnsaved();
		if (!this.#writeError) await this.saveSettings(this.#settings);
	}

	async merge(records: readonly ReviewRecord[]): Promise<MergeResult> {
		const result = await this.#log.merge(records);
		await this.#reload();
		this.#channel?.post({ type: 'reload' });
		return result;
	}

	async reset(): Promise<void> {
		await this.#log.clear();
		this.#unsaved = [];
		this.#writeError = null;
		this.#setLog([]);
		this.#channel?.post({ type: 'reload' });
	}

	/** Applies at once; a failed write is reported like a failed answer, and the change lasts for this visit. */
	async saveSettings(patch: Partial<Settings>): Promise<void> {
		this.#settings = { ...this.#settings, ...patch };
		if (this.#status.kind !== 'saving') return;
		try {
			this.#settings = await saveSettings(patch);
			this.#channel?.post({ type: 'settings' });
		} catch (error) {
			this.#writeError = storageProblem(error);
		}
	}

	/**
	 * Writes unsaved answers oldest first, after storage has opened (an early answer must not go to the stand-in
	 * memory log). On a failure the rest wait for the next answer or `retrySaving`.
	 */
	async #saveUnsaved() {
		await this.load();
		for (const record of this.#unsaved) {
			try {
				await this.#log.append(record);
			} catch (error) {
				// Two saves running at once can both try a record: the second finds it stored already.
				if (!(error instanceof DOMException && error.name === 'ConstraintError')) {
					this.#writeError = storageProblem(error);
					return;
				}
			}
			this.#unsaved = this.#unsaved.filter((r) => r.id !== record.id);
			this.#channel?.post({ type: 'review', record });
		}
		if (this.#unsaved.length === 0) this.#writeError = null;
		// Once there is progress to keep, ask the browser not to evict it under storage pressure.
		if (!this.#askedPersistence) {
			this.#askedPersistence = true;
			void requestPersistence();
		}
	}

	/** Stored records plus the answers not stored yet, which are just as real. */
	#withUnsaved(stored: ReviewRecord[]): ReviewRecord[] {
		const ids = new Set(stored.map((r) => r.id));
		return [...stored, ...this.#unsaved.filter((r) => !ids.has(r.id))];
	}

	async #reload() {
		this.#setLog(this.#withUnsaved(await this.#log.load()));
		await this.#reloadSettings();
	}

	async #reloadSettings() {
		if (this.#status.kind === 'saving') this.#settings = await loadSettings().catch(() => this.#settings);
	}

	#setLog(records: ReviewRecord[]) {
		this.#reviews = records.sort(byTime);
		if (isFsrsLoaded() || this.#reviews.length === 0) this.#states = replay(this.#reviews);
		// If the scheduler cannot load (offline before it was cached), the next answer tries again.
		else loadFsrs().then(() => (this.#states = replay(this.#reviews)), () => {});
	}

	#add(record: ReviewRecord) {
		if (this.#reviews.some((r) => r.id === record.id)) return;
		if (!isFsrsLoaded()) return this.#setLog([...this.#reviews, record]);
		const last = this.#reviews.at(-1);
		// An answer from another tab can be older than ours: then only a full replay keeps the order right.
		if (last && byTime(last, record) > 0) return this.#setLog([...this.#reviews, record]);
		this.#reviews = [...this.#reviews, record];
		this.#states = applyReview(new Map(this.#states), record);
	}
}

export const progress = new Progress();
