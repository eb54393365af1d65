// When to remind the learner to export a backup: there is progress to lose and the last backup is old.
import { DAY_MS } from '../srs/days.ts';
import type { ReviewRecord } from '../srs/types.ts';

export const BACKUP_REMINDER_DAYS = 7;
/** So many answers since the last backup earn a reminder whatever its age. */
export const BACKUP_REMINDER_ANSWERS = 200;

export function needsBackup(reviews: readonly ReviewRecord[], lastBackupAt: number | null, now: Date): boolean {
	const since = reviews.filter((r) => lastBackupAt === null || r.at > lastBackupAt);
	if (since.length === 0) return false;
	if (since.length >= BACKUP_REMINDER_ANSWERS) return true;
	const oldestUnsaved = Math.min(...since.map((r) => r.at));
	return now.getTime() - (lastBackupAt ?? oldestUnsaved) > BACKUP_REMINDER_DAYS * DAY_MS;
}
