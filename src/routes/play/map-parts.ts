// The map, with the world's land and every city's place (~9 KiB gzipped): the learn card's locator, and a map
// question's prompt, map and options. Kept off the first load of /play: `Quiz.svelte` fetches it at the learner's
// first touch, key or mouse move, and one step before a round's first map question.
export { default as Locator } from '$lib/map/Locator.svelte';
export { default as QuestionMap } from './QuestionMap.svelte';
