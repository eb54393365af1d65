// Spaced repetition: pure functions over the review log, with the clock passed in.
export * from './types.ts';
export { inferGrade, SLOW_MS, FAST_MS } from './grade.ts';
export { replay, applyReview, cardKey, byTime, isKnown, type CardState, type CardStates } from './replay.ts';
export { loadFsrs, isFsrsLoaded } from './fsrs.ts';
export { retrievability, cardPhase, isDue, MATURE_STABILITY_DAYS, type Phase } from './memory.ts';
export { sessionCards, dueCount, newCitiesSeenToday, missedCities, type QueueOptions } from './queue.ts';
export { fieldMastery, type FieldMastery } from './mastery.ts';
export { cityProgress, type CityProgress, type CityState } from './city-progress.ts';
export { dayStart, dayKey, addDays, DAY_MS } from './days.ts';
