// `npm run data`: regenerates src/lib/data/dataset.generated.ts from data/, and where each city is (src/lib/map/*.generated.ts). Fails loudly on any bad line.
import { writeFileSync } from 'node:fs';
import { buildDataset, renderDatasetModule } from './dataset/build-dataset.ts';
import { GENERATED_MODULE, readSourceFiles } from './dataset/files.ts';
import { SourceError } from './dataset/parse-source.ts';
import { PlaceError, placeModules } from './dataset/coordinates.ts';

try {
	const dataset = buildDataset(readSourceFiles());
	writeFileSync(GENERATED_MODULE, renderDatasetModule(dataset));
	for (const [file, text] of placeModules(dataset)) writeFileSync(file, text);
	const perField = dataset.fields.map((f) => `${f.id} ${dataset.cities.filter((c) => c.field === f.id).length}`);
	console.log(`Wrote ${dataset.cities.length} cities in ${dataset.countries.length} countries (${perField.join(', ')}).`);
} catch (error) {
	if (!(error instanceof SourceError || error instanceof PlaceError)) throw error;
	console.error(`Import failed: ${error.message}`);
	process.exit(1);
}
