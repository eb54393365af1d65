// Used by the end-to-end tests and the benchmark.
// A tiny static server on loopback for builds the tests make themselves (another version, another base path).
// It serves prerendered pages the way a static host does: `/cities` → `cities.html`, `/` → `index.html`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export interface StaticServer {
	url: string;
	/** Serve another folder from now on, as a host does after a deploy. */
	serve(dir: string): void;
	close(): Promise<void>;
}

function resolveFile(dir: string, path: string): string | undefined {
	const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(dir, clean), join(dir, `${clean.replace(/\/$/, '')}.html`), join(dir, clean, 'index.html')];
	return candidates.find((file) => file.startsWith(dir) && existsSync(file) && statSync(file).isFile());
}

export async function startStaticServer(dir: string, prefix = ''): Promise<StaticServer> {
	let root = dir;
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const file = path.startsWith(prefix) ? resolveFile(root, path.slice(prefix.length) || '/') : undefined;
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		serve: (next) => (root = next),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
