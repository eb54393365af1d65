// Asks the browser to keep our storage even under pressure (navigator.storage.persist).

export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

export async function persistence(): Promise<Persistence> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
	return (await navigator.storage.persisted()) ? 'persisted' : 'best-effort';
}

export async function requestPersistence(): Promise<Persistence> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
	return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
}
