import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFiles } from './build-dataset.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const GENERATED_MODULE = `${root}src/lib/data/dataset.generated.ts`;

function read(file: string) {
	return { file, text: readFileSync(`${root}${file}`, 'utf8') };
}

/** The project's source files for the dataset, read from data/. */
export function readSourceFiles(): SourceFiles {
	return {
		members: read('data/unesco-creative-cities.zh.md'),
		englishNames: read('data/cities.en.tsv'),
		pinyinReadings: read('data/pinyin.tsv'),
		countries: read('data/countries.tsv')
	};
}
