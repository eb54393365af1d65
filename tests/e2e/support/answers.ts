// Works out, from the dataset, the right and a wrong answer to the question on screen —
// so a test can choose to answer right or wrong, and check the app against the data, not against itself.
import type { Page } from '@playwright/test';
import { dataset } from '../../../src/lib/data/dataset.generated.ts';

const cityById = new Map(dataset.cities.map((city) => [city.id, city]));

export interface OnScreenQuestion {
	kind: string;
	subject: string;
	options: string[];
}

export async function readQuestion(page: Page): Promise<OnScreenQuestion> {
	const question = page.getByTestId('question');
	// The options load after the question's heading (their code comes at the first question): read them once shown.
	await page.getByTestId('choice').or(page.getByTestId('answer-input')).first().waitFor();
	const kind = (await question.getAttribute('data-kind')) ?? '';
	const subject = (await question.getAttribute('data-subject')) ?? '';
	const options = await page
		.getByTestId('choice')
		.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-value') ?? ''));
	return { kind, subject, options };
}

function isRight({ kind, subject }: OnScreenQuestion, option: string): boolean {
	const [country, field] = subject.split('/');
	const city = cityById.get(option);
	switch (kind) {
		case 'field-of-city':
			return cityById.get(subject)?.field === option;
		case 'country-of-city':
			return cityById.get(subject)?.country === option;
		case 'city-of-field':
			return city?.field === subject;
		case 'odd-one-out':
			return city !== undefined && city.field !== subject;
		case 'city-in-country':
			return city?.country === country && city?.field === field;
		case 'where-is':
		case 'which-city':
			return option === subject;
		default:
			throw new Error(`not a choice question: ${kind}`);
	}
}

export function rightOption(question: OnScreenQuestion): string {
	const right = question.options.filter((option) => isRight(question, option));
	if (right.length !== 1) throw new Error(`expected one right option, found ${right.length}: ${JSON.stringify(question)}`);
	return right[0]!;
}

export function wrongOption(question: OnScreenQuestion): string {
	return question.options.find((option) => !isRight(question, option))!;
}

/** Names of right cities for a `type-city` question (`COUNTRY/FIELD`), in English. */
export function typedAnswer({ subject }: OnScreenQuestion): string {
	const [country, field] = subject.split('/');
	const city = dataset.cities.find((c) => c.country === country && c.field === field);
	if (!city) throw new Error(`no city for ${subject}`);
	return city.names.en;
}

/** The city a question is about: the one that goes on the summary's missed list when answered wrong. */
export function missedCityOf(question: OnScreenQuestion, feedbackAnswer: string): string {
	return ['field-of-city', 'country-of-city', 'where-is', 'which-city'].includes(question.kind) ? question.subject : feedbackAnswer;
}
