// Learner settings in IndexedDB. Every change is a read-modify-write in one transaction (idb-keyval
// `update`), so two tabs changing different settings at once both keep their change.
import { get, update, type UseStore } from 'idb-keyval';
import { appStore } from './early-open.ts';

export interface Settings {
	/** New cities introduced per day in the quick quiz. */
	newPerDay: number;
	/** When a backup was last exported, epoch ms. */
	lastBackupAt: number | null;
}

export const DEFAULT_SETTINGS: Settings = { newPerDay: 10, lastBackupAt: null };
/** More than this many new cities a day buries the learner in reviews a few days later. */
export const MAX_NEW_PER_DAY = 50;

/** What the learner typed as new cities per day, brought into range; text that is no number keeps `current`. */
export function newPerDayFromInput(text: string, current: number): number {
	const typed = text.trim() === '' ? NaN : Number(text);
	return Number.isFinite(typed) ? Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.round(typed))) : current;
}

export const SETTINGS_DB = 'creative-cities-settings';
export const SETTINGS_STORE = 'settings';
const KEY = 'settings';

let defaultStore: UseStore | undefined;
const settingsStore = () => (defaultStore ??= appStore(SETTINGS_DB, SETTINGS_STORE));

export async function loadSettings(store: UseStore = settingsStore()): Promise<Settings> {
	return { ...DEFAULT_SETTINGS, ...(await get<Partial<Settings>>(KEY, store)) };
}

export async function saveSettings(patch: Partial<Settings>, store: UseStore = settingsStore()): Promise<Settings> {
	let saved = DEFAULT_SETTINGS;
	await update<Settings>(KEY, (old) => (saved = { ...DEFAULT_SETTINGS, ...old, ...patch }), store);
	return saved;
}
