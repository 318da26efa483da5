import { appConfig } from '../app-config';
import { planImport, type ImportPlan, type ImportReport } from '../backup/plan';
import { importConnections } from '../store/import';
import { undoImport, type ImportUndoInfo } from '../store/import-undo';
import { createBackup } from './backup';
import type { Dashboard } from './dashboard-type';

/**
 * Importing a backup: its plan first, then the write, then one undo. Loaded only when someone
 * picks a file, with the schemas it needs.
 */
export type ImportPreview = { ok: true; plan: ImportPlan } | { ok: false; reason: string };
export type ImportResult = { ok: true; report: ImportReport } | { ok: false; reason: string };

const MAX_FILE_BYTES = 5_000_000;

export interface Import {
  /** What importing this file would do: every entry validated and merged by id, nothing written yet. */
  preview(file: Blob): Promise<ImportPreview>;
  /** Writes a previewed plan, all or nothing, keeping what it replaces for one undo. */
  confirm(plan: ImportPlan): Promise<ImportResult>;
  /** Puts back what the last import replaced and removes what it added. */
  undoLast(): Promise<UndoResult>;
}

export type UndoResult = { ok: true; undone: ImportUndoInfo } | { ok: false; reason: string };

export function createImport(dashboard: Pick<Dashboard, 'connections' | 'part'>): Import {
  const { connections } = dashboard;
  const backup = dashboard.part(createBackup);
  return {
    async preview(file) {
      if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'This file is too large to be a backup of this dashboard.' };
      const unreadableIds = new Set(connections.unreadable.value.map((record) => record.id));
      const plan = planImport(await file.text(), [...connections.list.value], appConfig().origin, Date.now(), unreadableIds);
      return plan.ok ? { ok: true, plan } : plan;
    },
    async confirm(plan) {
      if (plan.toSave.length > 0) {
        const saved = await connections.change(() => importConnections(plan.toSave));
        if (!saved) return { ok: false, reason: 'The browser’s storage refused the import; nothing was changed.' };
        await backup.refresh();
      }
      return { ok: true, report: plan.report };
    },
    async undoLast() {
      const result: { undone: ImportUndoInfo | null } = { undone: null };
      const done = await connections.change(async () => {
        result.undone = await undoImport();
      });
      if (!done) return { ok: false, reason: 'The browser’s storage refused to undo the import; nothing was changed.' };
      backup.lastImport.value = null;
      return result.undone
        ? { ok: true, undone: result.undone }
        : { ok: false, reason: 'There is no import to undo: it was undone already, perhaps in another tab.' };
    },
  };
}
