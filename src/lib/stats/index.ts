// Data for the stats page's charts: gathered from the log and the card states, ready to draw. Pure.
export { heatmap, latestWeeks, levelRanges, monthStarts, reviewsPerDay, type Heatmap, type DayCount } from './heatmap.ts';
export { dueForecast, type DueDay } from './forecast.ts';
export { forecastChart, type ForecastChart, type ForecastBar } from './forecast-chart.ts';
export { niceTicks } from './scale.ts';
export { trueRetention, type Retention } from './retention.ts';
export { cityStateCounts } from './state-counts.ts';
export { dayStreak } from './streak.ts';
