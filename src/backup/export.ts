import type { Connection } from '../model';
import { backupFileName, toBackup } from './format';

/** The backup file for the given connections: its name and its text, stamped with one `now`. */
export function exportBackup(connections: Connection[], now = new Date()): { fileName: string; text: string } {
  return { fileName: backupFileName(now), text: toBackup(connections, now) };
}
