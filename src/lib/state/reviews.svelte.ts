// The review log as the pages see it, and the card states derived from it. An answer lands in memory first, so the
// game never waits on storage; the write queue then stores it, and other tabs hear of it. Every other operation on
// the log (import, reset, export) waits until the stored log has been read, so none acts on a part of it.
// Straight from each module, not the `$lib/srs` barrel: every page loads this state, and the barrel would bring
// the whole scheduling layer (queues, city pages' summaries) into every page's first load.
import type { PlanHistory } from '$lib/play/history';
import { addDayCounts, countByDay, type DayCounts } from '$lib/srs/days';
import { applyReview, byTime, cardKey, type CardStates } from '$lib/srs/replay';
import { answeredCard, reviewRecord, type Answer } from '$lib/srs/review';
import { loadScheduler, type Scheduler } from '$lib/srs/scheduler';
import { countedAnswers, isVoid, REVIEW_SCHEMA_VERSION, type LogRecord, type ReviewRecord } from '$lib/srs/types';
import { openReviewLog, storageProblem, type OpenedLog, type StorageProblem, type StorageStatus } from '$lib/store/availability';
import { openChannel, type Channel, type ReviewsMessage } from '$lib/store/channel';
import { requestPersistence } from '$lib/store/persist';
import { memoryReviewLog, SNAPSHOT_FROM, type MergeResult, type Progress, type ReviewLog } from '$lib/store/reviews';
import { createWriteQueue } from '$lib/store/write-queue';
import { withinLimits } from '$lib/srs/limits';
import { afterPaint } from './after-paint';
import { replayInSlices } from './replay-in-slices';
import type { Summary } from './summary';

function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	// randomUUID needs a secure context; a LAN address over http is not one.
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stands in until ts-fsrs has loaded. Never asked: no card state exists before the real scheduler does. */
const NOT_LOADED: Scheduler = {
	next() {
		throw new Error('the scheduler is not loaded yet');
	},
	retrievability() {
		throw new Error('the scheduler is not loaded yet');
	}
};

export class Reviews {
	/** Everything stored or waiting to be: answers and voids, oldest first. */
	#records = $state.raw<LogRecord[]>([]);
	#ids = new Set<string>();
	#log = $state.raw<ReviewRecord[]>([]);
	#states = $state.raw<CardStates>(new Map());
	#scheduler = $state.raw<Scheduler>(NOT_LOADED);
	#status = $state.raw<StorageStatus>({ kind: 'saving' });
	#writeError = $state<StorageProblem | null>(null);
	#unsaved = $state(0);
	#ready = $state(false);
	/** The card states can be trusted (from the summary, or the whole log): see loadStates. */
	#statesReady = $state(false);
	#days: { of: readonly ReviewRecord[]; days: DayCounts } | undefined;
	/** The whole stored log is in `#records` (until then it holds only this page's answers). */
	#complete = false;
	/** Until the log is complete: the summary this page's answers continue from, when one was fresh. */
	#base: Summary | null = null;
	/** The log the card states were derived from: a summary is saved only when they agree. */
	#statesFor: readonly ReviewRecord[] = [];
	#statesLoading: Promise<void> | undefined;
	/** Whether a fresh summary was found, once a page asked for one (loadStates). */
	#summaryFound: Promise<boolean> | undefined;
	#store: ReviewLog = memoryReviewLog();
	#channel: Channel<ReviewsMessage> | undefined;
	#loading: Promise<void> | undefined;
	/** The whole log read and its states built: load()'s work but its last check. */
	#reading: Promise<void> | undefined;
	#opening: Promise<OpenedLog> | undefined;
	#schedulerLoading: Promise<void> | undefined;
	#rebuilding: Promise<void> | null = null;
	#rebuildAgain = false;
	/** When this tab last saw each record arrive (stored by it, or heard from another tab): a re-read keeps newer ones. */
	#seen = new Map<string, number>();
	#tick = 0;
	#askedPersistence = false;
	#queue = createWriteQueue((record) => this.#store.append(record), {
		saved: (record) => {
			this.#seen.set(record.id, ++this.#tick);
			this.#unsaved = this.#queue.pending.length;
			this.#channel?.post({ type: 'review', record });
		},
		failed: (error) => (this.#writeError = storageProblem(error))
	});

	/** Every answer that counts (none taken back), stored or not yet, oldest first. */
	get log(): readonly ReviewRecord[] {
		return this.#log;
	}
	/** The log as stored: answers and the voids of Undo. What a backup holds. */
	get records(): readonly LogRecord[] {
		return this.#records;
	}
	get states(): CardStates {
		return this.#states;
	}
	get scheduler(): Scheduler {
		return this.#scheduler;
	}
	get status(): StorageStatus {
		return this.#status;
	}
	/** Why the last write failed; the answers themselves are kept in memory until stored. */
	get writeError(): StorageProblem | null {
		return this.#writeError;
	}
	/** How many answers wait to be stored. */
	get unsaved(): number {
		return this.#unsaved;
	}
	/** The stored log has been read and the card states built from it. */
	get ready(): boolean {
		return this.#ready;
	}

	/** The card states, the plan history and the answers per day can be trusted, the log itself maybe not yet. */
	get statesReady(): boolean {
		return this.#statesReady || this.#ready;
	}

	/** Answers per local day, of the whole log (or the summary's and this page's answers, until it is read). */
	get answersByDay(): DayCounts {
		const log = this.#log;
		if (this.#days?.of !== log) {
			const base = this.#complete ? undefined : this.#base?.days;
			this.#days = { of: log, days: base ? addDayCounts(base, countByDay(log)) : countByDay(log) };
		}
		return this.#days.days;
	}

	/**
	 * Until the whole log is read: the plan history of the answers before this page's, from the summary; `log` then
	 * holds only this page's answers, which continue it (planHistory(log, historyBefore)).
	 */
	get historyBefore(): PlanHistory | undefined {
		return this.#complete ? undefined : this.#base?.history;
	}

	/**
	 * Resolves once the card states can be trusted, which is all a round needs: from the snapshot's summary when it
	 * is fresh (a long log then plays before its records are read), else once the whole log is.
	 */
	loadStates(): Promise<void> {
		this.#summaryFound ??= this.#fromSummary();
		// The round does not wait for load()'s last step, the check for another tab's answers: those join as they come.
		this.load().catch(() => {}); // its failure is the read's, which `read` reports
		const read = this.#readLog();
		this.#statesLoading ??= Promise.race([read, this.#summaryFound.then((found) => (found ? undefined : read))]);
		return this.#statesLoading;
	}

	async #fromSummary(): Promise<boolean> {
		const { status, count } = await this.#openLog();
		// A short log has no summary to read: it is read whole as quickly.
		if (status.kind !== 'saving' || count < SNAPSHOT_FROM) return false;
		const summary = await import('./summary').then(({ readFreshSummary }) => readFreshSummary()).catch(() => undefined);
		if (!summary) return false;
		// Card states need the scheduler to go on; offline with its code not cached, wait for the whole log instead.
		if (summary.states.size > 0 && !(await this.#loadScheduler().then(() => true, () => false))) return false;
		if (this.#complete) return true;
		this.#base = summary;
		// Answers given meanwhile (a keen learner) continue from it.
		await this.#rebuild();
		this.#statesReady = true;
		return true;
	}

	/** Opens storage and reads the log; safe to call from every page, runs once. */
	load(): Promise<void> {
		// Answers another tab stored while this one was reading, before it could hear of them, are read too.
		this.#loading ??= this.#readLog().then(() => this.#checkStore());
		return this.#loading;
	}

	#readLog(): Promise<void> {
		this.#reading ??= this.#open();
		return this.#reading;
	}

	#openLog(): Promise<OpenedLog> {
		this.#opening ??= openReviewLog();
		return this.#opening;
	}

	async #open() {
		const { log, status, created } = await this.#openLog();
		this.#store = log;
		this.#status = status;
		// A page playing from the summary draws its first question before the long read of the records starts.
		if (this.#summaryFound && (await this.#summaryFound)) await afterPaint();
		const stored = created ? [] : await log.load();
		// From now on the states are replayed from the whole log, not continued from the summary.
		this.#complete = true;
		this.#base = null;
		// Answers given while storage was opening are kept: the write queue stores them now that it is open.
		await this.#setLog([...stored, ...this.#records]);
		this.#channel = openChannel<ReviewsMessage>('reviews', (message) => {
			if (message.type === 'review') this.#add(message.record);
			else void this.#reread();
		});
		// A tab that slept (or was too busy to hear every message) checks the store before trusting its counts.
		if (typeof document !== 'undefined') {
			document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void this.#checkStore());
		}
		this.#ready = true;
		// A copy of the log in one value makes the next start fast; only what is all stored is copied.
		if (status.kind === 'saving' && this.#records.length >= SNAPSHOT_FROM) {
			const current = () =>
				this.#queue.pending.length === 0 && !this.#rebuilding && this.#statesFor === this.#log
					? { records: this.#records, log: this.#log, states: this.#states }
					: undefined;
			void import('./summary').then(({ keepSummary }) => keepSummary(current)).catch(() => {});
		}
	}

	/** The whole log, once it has been read: what an export holds. */
	async backupRecords(): Promise<readonly LogRecord[]> {
		await this.load();
		return this.#records;
	}

	/** Records the learner's answer; returns the record, graded from the card's state before it. */
	record(answer: Answer): ReviewRecord {
		const { city, facet } = answeredCard(answer);
		const before = this.#states.get(cardKey(city, facet));
		// Clamped as it is made, so that every record stored is one the backup import accepts.
		const record = withinLimits(reviewRecord(before, answer, newId()));
		this.#append(record);
		return record;
	}

	#append(record: LogRecord) {
		this.#add(record);
		this.#queue.push(record);
		this.#unsaved = this.#queue.pending.length;
		void this.#save();
	}

	/** Takes an answer back (Undo): appends a void record, so the answer stops counting everywhere. */
	undo(answerId: string, at: number): void {
		this.#append({ id: newId(), voids: answerId, at, v: REVIEW_SCHEMA_VERSION });
	}

	/** Tries again to store the answers a failed write left waiting. */
	retrySaving(): Promise<void> {
		// The warning stays up while this runs: it goes only once everything is stored.
		return this.#save();
	}

	/** Imports records, all or nothing, once the stored log has been read; `progress` hears how far it has come. */
	async merge(records: readonly LogRecord[], progress?: Progress): Promise<MergeResult> {
		await this.load();
		const result = await this.#store.merge(records, progress);
		// This tab knows what it added: no need to read the whole log back.
		await this.#setLog([...this.#records, ...records]);
		this.#channel?.post({ type: 'merged', added: result.added });
		return result;
	}

	/** Deletes every answer, stored or waiting, once the stored log has been read. */
	async reset(): Promise<void> {
		await this.load();
		this.#queue.clear();
		// A write already under way finishes first, so that the clear deletes it too.
		await this.#queue.drain();
		await this.#store.clear();
		this.#unsaved = 0;
		this.#writeError = null;
		await this.#setLog([]);
		this.#channel?.post({ type: 'reset' });
	}

	/** Stores what waits, once storage has opened (an early answer must not go to the stand-in memory log). */
	async #save() {
		await this.load();
		await this.#queue.drain();
		this.#unsaved = this.#queue.pending.length;
		if (this.#unsaved > 0) return;
		this.#writeError = null;
		// Once there is progress to keep, ask the browser not to evict it under storage pressure.
		if (!this.#askedPersistence) {
			this.#askedPersistence = true;
			void requestPersistence();
		}
	}

	async #checkStore() {
		const stored = await this.#store.count().catch(() => this.#records.length);
		if (stored !== this.#records.length - this.#queue.pending.length) await this.#reread();
	}

	/**
	 * Reads the store again after another tab imported or reset. What it read is the truth, plus what this tab
	 * holds that the read could not see yet: answers waiting to be stored, and those stored or heard of since.
	 */
	async #reread() {
		const since = this.#tick;
		const stored = await this.#store.load();
		const ids = new Set(stored.map((r) => r.id));
		const waiting = new Set(this.#queue.pending);
		const newer = this.#records.filter((r) => !ids.has(r.id) && (waiting.has(r) || (this.#seen.get(r.id) ?? 0) > since));
		await this.#setLog([...stored, ...newer]);
	}

	/** Loads ts-fsrs once; if its chunk cannot be fetched (offline, not cached yet), the next answer tries again. */
	#loadScheduler(): Promise<void> {
		this.#schedulerLoading ??= loadScheduler().then(
			(scheduler) => {
				this.#scheduler = scheduler;
			},
			(error: unknown) => {
				this.#schedulerLoading = undefined;
				throw error;
			}
		);
		return this.#schedulerLoading;
	}

	#setLog(records: LogRecord[]): Promise<void> {
		this.#ids = new Set();
		this.#records = records.filter((r) => !this.#ids.has(r.id) && this.#ids.add(r.id)).sort(byTime);
		this.#log = countedAnswers(this.#records);
		return this.#rebuild();
	}

	/** Replays the log into card states in slices; a change that comes in meanwhile starts it over. */
	#rebuild(): Promise<void> {
		this.#rebuildAgain = true;
		this.#rebuilding ??= (async () => {
			while (this.#rebuildAgain) {
				this.#rebuildAgain = false;
				const log = this.#log;
				if (log.length > 0 && this.#scheduler === NOT_LOADED) await this.#loadScheduler().catch(() => {});
				if (this.#scheduler === NOT_LOADED) return;
				// Before the log is complete, this page's answers continue the summary's states.
				const states = await replayInSlices(log, this.#scheduler, this.#base?.states);
				if (this.#rebuildAgain) continue;
				// Answers that came in meanwhile were only appended (anything else starts over): they follow.
				for (const record of this.#log.slice(log.length)) applyReview(states, record, this.#scheduler);
				this.#states = states;
				this.#statesFor = this.#log;
			}
		})().finally(() => (this.#rebuilding = null));
		return this.#rebuilding;
	}

	#add(record: LogRecord) {
		if (this.#ids.has(record.id)) return;
		this.#ids.add(record.id);
		this.#seen.set(record.id, ++this.#tick);
		const last = this.#records.at(-1);
		// A void changes the past, and an answer from another tab can be older than ours: only a full replay is right.
		if (isVoid(record) || (last && byTime(last, record) > 0) || (!this.#rebuilding && this.#scheduler === NOT_LOADED)) {
			this.#records = [...this.#records, record].sort(byTime);
			this.#log = countedAnswers(this.#records);
			void this.#rebuild();
			return;
		}
		this.#records = [...this.#records, record];
		this.#log = [...this.#log, record];
		// While a replay runs, it applies appended answers when it is done; starting it over for each would never end.
		if (!this.#rebuilding) {
			this.#states = applyReview(new Map(this.#states), record, this.#scheduler);
			this.#statesFor = this.#log;
		}
	}
}

export const reviews = new Reviews();
