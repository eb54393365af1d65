// Presses, choices and values entered in a page drawn before the app's code had run: src/app.html's start-up script
// keeps them (window.creativeCitiesEarlyInput) and the root layout makes them again once every handler is there, in
// order. A press on a button no longer in the page, or disabled now, is dropped: it could no longer mean what it meant.

/** A button pressed, a list or a field set to `value`, or a file picked in a file field. */
export interface EarlyInput {
	element: Pick<HTMLElement, 'isConnected' | 'click' | 'dispatchEvent'> & { disabled?: boolean; value?: string };
	value?: string;
	picked?: true;
}

declare global {
	interface Window {
		creativeCitiesEarlyInput?: EarlyInput[];
	}
}

/** Makes each kept input again and empties the list. */
export function replayEarlyInput(inputs: EarlyInput[] = window.creativeCitiesEarlyInput ?? []): void {
	const announce = (element: EarlyInput['element']) => {
		element.dispatchEvent(new Event('input', { bubbles: true }));
		element.dispatchEvent(new Event('change', { bubbles: true }));
	};
	for (const { element, value, picked } of inputs.splice(0)) {
		if (!element.isConnected || element.disabled) continue;
		// The field still holds the file (a page cannot set one): it is announced again, as the browser did.
		if (picked) announce(element);
		else if (value === undefined) element.click();
		else {
			// Only lists and fields are kept with a value (src/app.html). Hydration may have set the field back to the
			// app's state: the learner's value, announced as the browser does.
			element.value = value;
			announce(element);
		}
	}
}
