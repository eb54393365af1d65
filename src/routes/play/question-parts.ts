// The parts a question is answered with. A new learner's round opens on a learn card, so they stay off the first load
// of /play; `Quiz.svelte` fetches them at the first question, or earlier at the learner's first touch or key.
export { default as Choices } from './Choices.svelte';
export { default as TypedAnswer } from './TypedAnswer.svelte';
// Checking typed names (forms, slips) is needed only once a question shows: it comes with the answer box.
export { checkTyped } from '$lib/quiz/answer';
