// The review log as the pages see it, and the card states derived from it. An answer lands in memory first, so the
// game never waits on storage; the write queue then stores it, and other tabs hear of it.
// Straight from each module, not the `$lib/srs` barrel: every page loads this state, and the barrel would bring
// the whole scheduling layer (queues, city pages' summaries) into every page's first load.
import { applyReview, byTime, cardKey, replay, type CardStates } from '$lib/srs/replay';
import { answeredCard, reviewRecord, type Answer } from '$lib/srs/review';
import { loadScheduler, type Scheduler } from '$lib/srs/scheduler';
import { countedAnswers, isVoid, REVIEW_SCHEMA_VERSION, type LogRecord, type ReviewRecord } from '$lib/srs/types';
import { openReviewLog, storageProblem, type StorageProblem, type StorageStatus } from '$lib/store/availability';
import { openChannel, type Channel, type ReviewsMessage } from '$lib/store/channel';
import { requestPersistence } from '$lib/store/persist';
import { memoryReviewLog, type MergeResult, type ReviewLog } from '$lib/store/reviews';
import { keepSnapshot } from '$lib/store/snapshot';
import { createWriteQueue } from '$lib/store/write-queue';

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
	#log = $state.raw<ReviewRecord[]>([]);
	#states = $state.raw<CardStates>(new Map());
	#scheduler = $state.raw<Scheduler>(NOT_LOADED);
	#status = $state.raw<StorageStatus>({ kind: 'saving' });
	#writeError = $state<StorageProblem | null>(null);
	#unsaved = $state(0);
	#ready = $state(false);
	#store: ReviewLog = memoryReviewLog();
	#channel: Channel<ReviewsMessage> | undefined;
	#loading: Promise<void> | undefined;
	#schedulerLoading: Promise<void> | undefined;
	#askedPersistence = false;
	#queue = createWriteQueue((record) => this.#store.append(record), {
		saved: (record) => {
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
		if (records.length > 0) await this.#loadScheduler().catch(() => {});
		this.#store = log;
		this.#status = status;
		// Answers given while storage was opening are kept: the write queue stores them now that it is open.
		this.#setLog([...records, ...this.#queue.pending]);
		this.#channel = openChannel<ReviewsMessage>('reviews', (message) => {
			if (message.type === 'review') this.#add(message.record);
			else void this.#reload();
		});
		this.#ready = true;
		// A copy of the log in one value makes the next start fast; only what is all stored is copied.
		if (status.kind === 'saving') keepSnapshot(() => (this.#queue.pending.length === 0 ? this.#records : undefined));
	}

	/** Records the learner's answer; returns the record, graded from the card's state before it. */
	record(answer: Answer): ReviewRecord {
		const { city, facet } = answeredCard(answer);
		const before = this.#states.get(cardKey(city, facet));
		const record = reviewRecord(before, answer, newId());
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

	async merge(records: readonly LogRecord[]): Promise<MergeResult> {
		const result = await this.#store.merge(records);
		await this.#reload();
		this.#channel?.post({ type: 'reload' });
		return result;
	}

	async reset(): Promise<void> {
		await this.#store.clear();
		this.#queue.clear();
		this.#unsaved = 0;
		this.#writeError = null;
		this.#setLog([]);
		this.#channel?.post({ type: 'reload' });
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

	async #reload() {
		const stored = await this.#store.load();
		const ids = new Set(stored.map((r) => r.id));
		this.#setLog([...stored, ...this.#queue.pending.filter((r) => !ids.has(r.id))]);
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

	#setLog(records: LogRecord[]) {
		this.#records = records.sort(byTime);
		this.#log = countedAnswers(this.#records);
		if (this.#scheduler !== NOT_LOADED) this.#states = replay(this.#log, this.#scheduler);
		else if (this.#log.length > 0) this.#loadScheduler().then(() => (this.#states = replay(this.#log, this.#scheduler)), () => {});
	}

	#add(record: LogRecord) {
		if (this.#records.some((r) => r.id === record.id)) return;
		const last = this.#records.at(-1);
		// A void changes the past, and an answer from another tab can be older than ours: only a full replay is right.
		if (isVoid(record) || this.#scheduler === NOT_LOADED || (last && byTime(last, record) > 0)) {
			return this.#setLog([...this.#records, record]);
		}
		this.#records = [...this.#records, record];
		this.#log = [...this.#log, record];
		this.#states = applyReview(new Map(this.#states), record, this.#scheduler);
	}
}

export const reviews = new Reviews();
