// A map question's prompt, map and options, with the world's land and every city's place (~9 KiB gzipped). Kept off
// the first load of /play: `Quiz.svelte` fetches it one step before the round's first map question.
export { default as QuestionMap } from './QuestionMap.svelte';
