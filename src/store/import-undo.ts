import { get, promisifyRequest } from 'idb-keyval';
import { defaultGetStore } from './database';
import { IMPORT_UNDO_KEY, type ImportUndoRecord } from './import';
import { connectionKey } from './records';

export interface ImportUndoInfo {
  at: number;
  /** Records the import added, which an undo removes. */
  added: number;
  /** Records the import replaced, which an undo puts back. */
  replaced: number;
}

function readUndo(value: unknown): ImportUndoRecord | null {
  const undo = value as Partial<ImportUndoRecord> | undefined;
  return undo?.v === 1 && typeof undo.at === 'number' && Array.isArray(undo.entries) ? (undo as ImportUndoRecord) : null;
}

function summary(undo: ImportUndoRecord): ImportUndoInfo {
  const replaced = undo.entries.filter((entry) => entry.previous !== null).length;
  return { at: undo.at, added: undo.entries.length - replaced, replaced };
}

/** The last import, if it can still be undone. */
export async function readImportUndo(customStore = defaultGetStore()): Promise<ImportUndoInfo | null> {
  const undo = readUndo(await get(IMPORT_UNDO_KEY, customStore));
  return undo && summary(undo);
}

/**
 * Puts back exactly the records the last import replaced and removes the ones it added, in one
 * transaction, then forgets the undo. Null when there is nothing to undo.
 * Hand-written: the undo record is read and every record it names is put back or removed in the
 * same transaction, which no idb-keyval call does; only IndexedDB requests are awaited inside it.
 */
export async function undoImport(customStore = defaultGetStore()): Promise<ImportUndoInfo | null> {
  return customStore('readwrite', async (store) => {
    const undo = readUndo(await promisifyRequest(store.get(IMPORT_UNDO_KEY)));
    if (!undo) return null;
    for (const { id, previous } of undo.entries) {
      if (previous === null) store.delete(connectionKey(id));
      else store.put(previous, connectionKey(id));
    }
    store.delete(IMPORT_UNDO_KEY);
    await promisifyRequest(store.transaction);
    return summary(undo);
  });
}
