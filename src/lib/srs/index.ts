// Spaced repetition: pure functions over the review log, with the clock and the scheduler passed in.
export * from './types.ts';
export { inferGrade, SLOW_MS, FAST_MS } from './grade.ts';
export { answeredCard, reviewRecord, type Answer } from './review.ts';
export { loadScheduler, type Scheduler } from './scheduler.ts';
export { replay, applyReview, cardKey, byTime, isKnown, type CardState, type CardStates } from './replay.ts';
export { retrievability, cardPhase, isDue, MATURE_STABILITY_DAYS, type Phase } from './memory.ts';
export { sessionCards, dueCount, newCitiesSeenToday, type QueueOptions } from './queue.ts';
export { fieldMastery, cardMastery, cityMastery, type FieldMastery } from './mastery.ts';
export {
	answersAbout,
	cardSummaries,
	cityProgress,
	isMissed,
	lastAnswer,
	missedCities,
	type CardSummary,
	type CityProgress,
	type CityState
} from './city-progress.ts';
export { dayStart, dayKey, addDays, DAY_MS } from './days.ts';
