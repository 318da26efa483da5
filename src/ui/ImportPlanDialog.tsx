import type { ImportPlan } from '../backup/plan';
import { Dialog } from './Dialog';

interface Props {
  plan: ImportPlan;
  onImport: () => void;
  onCancel: () => void;
}

const printers = (n: number) => `${n} printer${n === 1 ? '' : 's'}`;

/** What an import would do, before it does anything: Import writes it, Cancel changes nothing. */
export function ImportPlanDialog({ plan, onImport, onCancel }: Props) {
  const { added, updated, restored, skipped } = plan.report;
  return (
    <Dialog title="Import this backup?" onClose={onCancel}>
      <p>Nothing changes until you choose Import.</p>
      <PlanPart title={`Adds ${printers(added.length)}`} items={added.map((entry) => entry.name)} />
      <PlanPart title={`Updates ${printers(updated.length)}`} items={updated.map((entry) => `${entry.name}: ${entry.fields.join(', ')}`)} />
      <PlanPart
        title={`Restores ${printers(restored.length)} this browser cannot read now`}
        items={restored.map((entry) => entry.name)}
      />
      <PlanPart title={`Skips ${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'}`} items={skipped.map((entry) => entry.reason)} />
      {(updated.length > 0 || restored.length > 0) && (
        <p class="muted">What the import replaces is kept: “Undo import” puts it back, until your next import.</p>
      )}
      <div class="dialog-actions">
        <button type="button" autofocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="primary" onClick={onImport}>
          Import
        </button>
      </div>
    </Dialog>
  );
}

function PlanPart({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section class="plan-part" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
