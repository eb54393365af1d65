// What a build records about itself for Settings to show a learner: the package version, the short commit and
// when it was built (the SvelteKit version name stays a raw id: it only tells service workers apart).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BuildInfo } from '../src/lib/words/app-version.ts';

export function buildInfo(root: URL, now = Date.now()): BuildInfo {
	const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
	let commit = '';
	try {
		commit = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		// Built from a copy without git history (a downloaded archive): the version and date still say enough.
	}
	return { version, commit, builtAt: now };
}
