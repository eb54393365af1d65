// Builds the app into its own folder with other settings (a version name, a base path).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function buildVariant(name: string, env: { APP_VERSION?: string; BASE_PATH?: string }): string {
	const dir = `${root}.test-builds/${name}`;
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: root,
		env: { ...process.env, ...env, BUILD_DIR: dir },
		stdio: 'pipe'
	});
	return dir;
}
