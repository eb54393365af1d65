// A prerendered page is drawn before the app's code is fetched and run. SvelteKit links every module a page needs in
// its head (`modulepreload`) and starts the app as soon as the body is parsed; Chromium then fetches and compiles
// ~270 KiB of modules before it paints. Drawn first, a cold /play painted 50–80 ms sooner in interleaved runs, its
// first question no later: the code would not have run before the paint anyway, only delayed it.
// Plain JavaScript: src/hooks.server.ts applies it to every prerendered page; unit tests read it as it ships.
import { createHash } from 'node:crypto';

const MODULE_LINK = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
/** SvelteKit's start-up script, in the body: the last inline script of the page. */
const KIT_SCRIPT = /<script>(\s*\{[\s\S]*?Promise\.all\(\[[\s\S]*?kit\.start\([\s\S]*?)<\/script>(?![\s\S]*<script)/;
const BOOT = 'Promise.all([';

/**
 * The content security policy's source for an inline script, as SvelteKit writes it.
 * @param {string} script
 */
export function scriptHash(script) {
	return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/**
 * The page with SvelteKit's module links taken out of its head and its start-up script run after the first frame: it
 * then links the modules itself and starts the app. Throws when the page is not as SvelteKit 2 writes it, so that an
 * upgrade that changes it fails the build instead of shipping a page that never starts.
 * @param {string} html
 */
export function hydrateAfterPaint(html) {
	const script = KIT_SCRIPT.exec(html);
	if (!script) throw new Error("hydrateAfterPaint: SvelteKit's start-up script is not where it was");
	const original = /** @type {string} */ (script[1]);
	const boot = original.indexOf(BOOT);
	const blockEnd = original.lastIndexOf('}');
	const hrefs = [...html.matchAll(MODULE_LINK)].map((link) => link[1]);
	const originalHash = scriptHash(original);
	if (hrefs.length === 0 || !html.includes(originalHash)) {
		throw new Error('hydrateAfterPaint: the module links or the script hash are missing');
	}

	// A frame, then a task: the paint comes first. A page opened in a background tab draws no frames until it is
	// shown: there is nothing to paint first, it starts at once (or as soon as it is hidden before its first frame).
	const start = `let started = false;
					const start = () => {
						if (started) return;
						started = true;
						for (const href of ${JSON.stringify(hrefs)}) {
							const link = document.createElement('link');
							link.rel = 'modulepreload';
							link.href = href;
							document.head.append(link);
						}
						${original.slice(boot, blockEnd).trim()}
					};
					if (document.visibilityState === 'hidden') start();
					else {
						requestAnimationFrame(() => setTimeout(start));
						document.addEventListener('visibilitychange', start, { once: true });
					}
				`;
	const rewritten = original.slice(0, boot) + start + original.slice(blockEnd);
	return html
		.replace(MODULE_LINK, '')
		.replace(original, () => rewritten)
		.replace(originalHash, () => scriptHash(rewritten));
}

/**
 * The modules a page shipped by hydrateAfterPaint links before it starts the app, as written (relative to the page).
 * @param {string} html
 * @returns {string[]}
 */
export function modulesLinkedBy(html) {
	const list = /for \(const href of (\[[^\]]*\])\)/.exec(html);
	return list ? JSON.parse(/** @type {string} */ (list[1])) : [];
}
