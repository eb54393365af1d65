// What a round shows only after the learner has acted: the feedback and the round summary. Kept off the first load
// of /play; `Quiz.svelte` fetches it at the learner's first touch or key, so it is there by the time they answer.
export { default as Feedback } from './Feedback.svelte';
export { default as RoundSummary } from './RoundSummary.svelte';
