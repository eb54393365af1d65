// Reads a build's JavaScript modules and the modules the prerendered pages link once drawn (src/hydrate-after-paint.js), to check that a page asks
// for every module it will run at once: one its links forget is fetched only when the module that imports it has
// been fetched and run, a round trip later, on the way to the first question.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { modulesLinkedBy } from '../../../src/hydrate-after-paint.js';

/** Static imports and re-exports (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`), not `import()`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$,{}*\s]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function staticImportsOf(file: string, read = (path: string) => readFileSync(path, 'utf8')): string[] {
	return [...new Set([...read(file).matchAll(STATIC_IMPORT)].map((match) => resolve(dirname(file), match[1]!)))];
}

/** Every prerendered page of a build, as paths. */
export function pagesOf(buildDir: string): string[] {
	return readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html') && !path.startsWith('_app'))
		.map((path) => join(buildDir, path));
}

/** The modules a page's static import graph reaches from its preloads that none of its links preload, relative to the build. */
export function unpreloadedModules(page: string, buildDir: string, importsOf: (file: string) => string[] = staticImportsOf): string[] {
	const html = readFileSync(page, 'utf8');
	const preloaded = new Set(modulesLinkedBy(html).map((href) => resolve(dirname(page), href)));
	const reached = new Set<string>();
	const queue = [...preloaded];
	for (let module = queue.pop(); module !== undefined; module = queue.pop()) {
		if (reached.has(module)) continue;
		reached.add(module);
		queue.push(...importsOf(module));
	}
	return [...reached].filter((module) => !preloaded.has(module)).map((module) => relative(buildDir, module));
}
