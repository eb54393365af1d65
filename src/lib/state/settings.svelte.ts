// The learner's settings as the pages see them. A change applies at once; a failed write is reported like a
// failed answer, and the change then lasts for this visit. Other tabs follow.
import { OPEN_TIMEOUT_MS, storageProblem, withTimeout, type StorageProblem } from '$lib/store/availability';
import { openChannel, type Channel, type SettingsMessage } from '$lib/store/channel';
import { createdAtStartUp } from '$lib/store/early-open';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_DB, type Settings } from '$lib/store/settings';

export class LearnerSettings {
	#current = $state.raw<Settings>(DEFAULT_SETTINGS);
	#writeError = $state<StorageProblem | null>(null);
	/** False when storage could not be read: then changes last for this visit only, and are not tried. */
	#stored = false;
	#channel: Channel<SettingsMessage> | undefined;
	#loading: Promise<void> | undefined;

	get current(): Settings {
		return this.#current;
	}
	get writeError(): StorageProblem | null {
		return this.#writeError;
	}

	/** Reads the stored settings; safe to call from every page, runs once. */
	load(): Promise<void> {
		this.#loading ??= this.#firstRead().then(() => {
			this.#channel = openChannel<SettingsMessage>('settings', () => void this.#read());
		});
		return this.#loading;
	}

	async save(patch: Partial<Settings>): Promise<void> {
		this.#current = { ...this.#current, ...patch };
		await this.load();
		if (!this.#stored) return;
		try {
			this.#current = await saveSettings(patch);
			this.#writeError = null;
			this.#channel?.post({ type: 'settings' });
		} catch (error) {
			this.#writeError = storageProblem(error);
		}
	}

	/** Tries again to store settings whose write failed. */
	async retrySaving(): Promise<void> {
		if (this.#writeError) await this.save({ ...this.#current });
	}

	async #firstRead() {
		try {
			// Created just now by the start-up script (a first visit): it holds no settings yet.
			if (!(await withTimeout(createdAtStartUp(SETTINGS_DB), OPEN_TIMEOUT_MS))) return await this.#read();
			this.#stored = true;
		} catch {
			this.#stored = false;
		}
	}

	async #read() {
		try {
			// Storage that never answers is storage we cannot use: the defaults serve this visit.
			this.#current = await withTimeout(loadSettings(), OPEN_TIMEOUT_MS);
			this.#stored = true;
		} catch {
			this.#stored = false;
		}
	}
}

export const settings = new LearnerSettings();
