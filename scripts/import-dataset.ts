// `npm run data`: regenerates src/lib/data/dataset.generated.ts from data/. Fails loudly on any bad line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildDataset, renderDatasetModule, renderExtrasModules } from './dataset/build-dataset.ts';
import { GENERATED_EXTRAS, GENERATED_MODULE, readSourceFiles } from './dataset/files.ts';
import { SourceError } from './dataset/parse-source.ts';

try {
	const dataset = buildDataset(readSourceFiles());
	writeFileSync(GENERATED_MODULE, renderDatasetModule(dataset));
	const extras = renderExtrasModules(dataset);
	mkdirSync(dirname(GENERATED_EXTRAS.aliases), { recursive: true });
	writeFileSync(GENERATED_EXTRAS.corrections, extras.corrections);
	writeFileSync(GENERATED_EXTRAS.aliases, extras.aliases);
	const members = dataset.cities.filter((c) => c.status === 'member');
	const perField = dataset.fields.map((f) => `${f.id} ${members.filter((c) => c.field === f.id).length}`);
	console.log(
		`Wrote ${members.length} member cities in ${dataset.countries.length} countries (${perField.join(', ')}), ` +
			`${dataset.cities.length - members.length} listed city not a member, ${dataset.corrections.length} corrections.`
	);
} catch (error) {
	if (!(error instanceof SourceError)) throw error;
	console.error(`Import failed: ${error.message}`);
	process.exit(1);
}
