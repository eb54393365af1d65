// Data for the stats page's charts: gathered from the log and the card states, ready to draw. Pure.
export { heatmap, reviewsPerDay, type Heatmap, type DayCount } from './heatmap.ts';
export { dueForecast, type DueDay } from './forecast.ts';
export { trueRetention, type Retention } from './retention.ts';
export { cityStateCounts } from './state-counts.ts';
export { dayStreak } from './streak.ts';
