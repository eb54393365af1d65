// A press or a choice made in a page drawn before the app's code has run: the start-up script (src/app.html) keeps
// it, and the app makes it again once started (src/lib/state/early-input.ts).
import { expect, test } from 'vitest';
import { replayEarlyInput, type EarlyInput } from '../../../src/lib/state/early-input.ts';
import { runStartUpScript } from '../start-up-script.ts';

type Listener = (event: unknown) => void;

/** Runs the start-up script on an English page and returns what it listens to and what it keeps. */
function startedPage() {
	const root = { lang: 'en', dataset: {} as Record<string, string> };
	const listeners: Record<string, Listener> = {};
	const window = {} as Window;
	runStartUpScript({
		window,
		document: {
			documentElement: root,
			querySelector: () => null,
			addEventListener: (type: string, listener: Listener, capture: boolean) => {
				expect(capture).toBe(true);
				listeners[type] = listener;
			}
		},
		localStorage: { getItem: () => null },
		navigator: { languages: ['en-GB'] },
		location: { search: '', hash: '' },
		indexedDB: { open: () => ({}) }
	});
	return { root, listeners, kept: window.creativeCitiesEarlyInput! };
}

/** A click on `target`, and whether its default (a form sent) was stopped. */
function click(target: unknown) {
	const event = { target, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
	return event;
}

/** A fake element that records what is done to it. */
function element(tagName: string, connected = true, disabled = false) {
	const done: string[] = [];
	const node = {
		tagName,
		isConnected: connected,
		disabled,
		value: 'all',
		click: () => done.push('click'),
		dispatchEvent: (event: Event) => done.push(`${event.type}:${node.value}`) > 0,
		closest: (selector: string) => (selector === 'button' && tagName === 'BUTTON' ? node : null)
	};
	return { node, done };
}

test('a press on a button before the app has started is kept, and its form is not sent', () => {
	const { listeners, kept } = startedPage();
	const button = element('BUTTON');
	const event = click(button.node);
	listeners.click!(event);
	expect(kept).toEqual([{ element: button.node }]);
	expect(event.defaultPrevented).toBe(true);
	// A press outside any button (text, a link) is the browser's own: left alone.
	const text = click(element('P').node);
	listeners.click!(text);
	expect(kept).toHaveLength(1);
	expect(text.defaultPrevented).toBe(false);
});

test('a list set or a field filled before the app has started is kept with its value; a form sent then does not reload the page', () => {
	const { listeners, kept } = startedPage();
	const select = element('SELECT');
	select.node.value = 'CN';
	listeners.change!({ target: select.node });
	expect(kept).toEqual([{ element: select.node, value: 'CN' }]);
	const submit = click(element('FORM').node);
	listeners.submit!(submit);
	expect(submit.defaultPrevented).toBe(true);
	// A number typed is kept too; a file picked stays in its field, so only the pick is kept; a ticked box has no value.
	const count = { ...element('INPUT').node, type: 'number', value: '7' };
	const file = { ...element('INPUT').node, type: 'file', value: 'C:\\fakepath\\backup.json' };
	listeners.change!({ target: count });
	listeners.change!({ target: file });
	listeners.change!({ target: { ...element('INPUT').node, type: 'checkbox' } });
	listeners.change!({ target: element('TEXTAREA').node });
	expect(kept).toEqual([
		{ element: select.node, value: 'CN' },
		{ element: count, value: '7' },
		{ element: file, picked: true }
	]);
});

test('once the app has started, presses, choices and forms are the app’s own', () => {
	const { root, listeners, kept } = startedPage();
	root.dataset.hydrated = '';
	const event = click(element('BUTTON').node);
	listeners.click!(event);
	listeners.change!({ target: element('SELECT').node });
	const submit = click(element('FORM').node);
	listeners.submit!(submit);
	expect(kept).toEqual([]);
	expect(event.defaultPrevented).toBe(false);
	expect(submit.defaultPrevented).toBe(false);
});

test('the app makes each kept input again, in order, once, and drops what is gone or disabled', () => {
	const first = element('BUTTON');
	const list = element('SELECT');
	const field = element('INPUT');
	const file = element('INPUT');
	const gone = element('BUTTON', false);
	const disabled = element('BUTTON', true, true);
	const inputs: EarlyInput[] = [
		{ element: first.node },
		{ element: list.node, value: 'CN' },
		{ element: field.node, value: '7' },
		{ element: file.node, picked: true },
		{ element: gone.node },
		{ element: disabled.node },
		{ element: first.node }
	];
	replayEarlyInput(inputs);
	expect(first.done).toEqual(['click', 'click']);
	// Set back to the learner's choice, then announced as the browser announces a choice.
	expect(list.done).toEqual(['input:CN', 'change:CN']);
	expect(field.done).toEqual(['input:7', 'change:7']);
	// A file field still holds its file: announced again, never clicked (that would open the file chooser).
	expect(file.done).toEqual(['input:all', 'change:all']);
	expect(gone.done).toEqual([]);
	expect(disabled.done).toEqual([]);
	expect(inputs).toEqual([]);
	replayEarlyInput(inputs);
	expect(first.done).toHaveLength(2);
});
