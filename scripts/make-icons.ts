// Renders every app icon from the one source image, static/icon.svg: `npx tsx scripts/make-icons.ts`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = fileURLToPath(new URL('../static/', import.meta.url));
const source = `${root}icon.svg`;

// The maskable icon must keep its content in the central 80%: the source is drawn that way.
const ICONS = [
	{ file: 'icons/icon-192.png', size: 192 },
	{ file: 'icons/icon-512.png', size: 512 },
	{ file: 'icons/maskable-512.png', size: 512 },
	{ file: 'icons/apple-touch-icon.png', size: 180 }
];

mkdirSync(`${root}icons`, { recursive: true });
for (const { file, size } of ICONS) {
	await sharp(source, { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toFile(`${root}${file}`);
	console.log(`static/${file} (${size}×${size})`);
}
