import { useState } from 'preact/hooks';
import type { ImportPlan } from '../backup/plan';
import { createBackup } from '../state/backup';
import { formatDateTime } from './format';
import type { Outcome } from './ImportOutcome';
import { lazy } from './lazy';
import { useDashboard } from './use-dashboard';

const occasional = () => import('./occasional');
const ExportDialog = lazy(() => occasional().then((m) => m.ExportDialog));
const ImportPlanDialog = lazy(() => occasional().then((m) => m.ImportPlanDialog));
const ImportOutcome = lazy(() => occasional().then((m) => m.ImportOutcome));
const StorageStatus = lazy(() => occasional().then((m) => m.StorageStatus));

/** The import's plan, write and undo, with the schemas they need. */
const importing = () => import('../state/import');

/** Export every connection to a file (after a warning), and restore from one (after its plan). */
export function BackupPanel() {
  const [exporting, setExporting] = useState(false);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dashboard = useDashboard();
  const { lastImport, file } = dashboard.part(createBackup);
  const importer = async () => dashboard.part((await importing()).createImport);
  const count = dashboard.connections.list.value.length;
  const undo = async () => {
    const result = await (await importer()).undoLast();
    setOutcome(result.ok ? { kind: 'undone', added: result.undone.added, replaced: result.undone.replaced } : { kind: 'failed', title: 'Undo failed', reason: result.reason });
  };
  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading" class="section-title">
        Backup
      </h2>
      <p class="muted">OctoEverywhere hands credentials over only once. A backup file is the only way to move them to another browser.</p>
      <StorageStatus />
      <div class="card-actions">
        <button type="button" disabled={count === 0} onClick={() => setExporting(true)}>
          Export backup…
        </button>
        <label class="file-button">
          Import backup…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={async (event) => {
              const input = event.currentTarget;
              const chosen = input.files?.[0];
              input.value = '';
              if (!chosen) return;
              setOutcome(null);
              const preview = await (await importer()).preview(chosen);
              if (!preview.ok) setOutcome({ kind: 'failed', title: 'Import failed', reason: preview.reason });
              else if (preview.plan.toSave.length === 0) setOutcome({ kind: 'nothing', report: preview.plan.report });
              else setPlan(preview.plan);
            }}
          />
        </label>
      </div>
      {outcome ? (
        <ImportOutcome outcome={outcome} onUndo={lastImport.value ? undo : null} />
      ) : (
        lastImport.value && (
          <p class="muted">
            Your last import ({formatDateTime(lastImport.value.at)}) can still be undone.{' '}
            <button type="button" onClick={undo}>
              Undo import
            </button>
          </p>
        )
      )}
      {exporting && <ExportDialog count={count} file={file} onClose={() => setExporting(false)} />}
      {plan && (
        <ImportPlanDialog
          plan={plan}
          onCancel={() => {
            setPlan(null);
            setOutcome({ kind: 'cancelled' });
          }}
          onImport={async () => {
            setPlan(null);
            const result = await (await importer()).confirm(plan);
            setOutcome(result.ok ? { kind: 'imported', report: result.report } : { kind: 'failed', title: 'Import failed', reason: result.reason });
          }}
        />
      )}
    </section>
  );
}
