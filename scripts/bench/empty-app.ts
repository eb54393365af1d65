// The floor: an empty prerendered SvelteKit page (bench/empty-app), built with the project's own node_modules, so
// the app's times can be read as multiples of what SvelteKit itself costs on the same machine in the same run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../bench/empty-app/', import.meta.url));

/** Builds the empty app and returns the folder to serve. */
export function buildEmptyApp(): string {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
	const out = `${dir}build`;
	if (!existsSync(`${out}/index.html`)) throw new Error(`bench/empty-app: no ${out}/index.html after the build`);
	return out;
}
