import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFiles } from './build-dataset.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const GENERATED_MODULE = `${root}src/lib/data/dataset.generated.ts`;
/** Loaded only where needed (a typed answer, the cities pages), so they cost the first load nothing. */
export const GENERATED_EXTRAS = {
	corrections: `${root}src/lib/data/lazy/corrections.generated.ts`,
	aliases: `${root}src/lib/data/lazy/aliases.generated.ts`
};

function read(file: string) {
	return { file, text: readFileSync(`${root}${file}`, 'utf8') };
}

/** The project's source files for the dataset, read from data/. */
export function readSourceFiles(): SourceFiles {
	return {
		members: read('data/unesco-creative-cities.zh.md'),
		englishNames: read('data/cities.en.tsv'),
		chineseNames: read('data/cities.zh.tsv'),
		pinyinReadings: read('data/pinyin.tsv'),
		countries: read('data/countries.tsv'),
		corrections: read('data/corrections.tsv'),
		aliases: read('data/aliases.tsv')
	};
}
