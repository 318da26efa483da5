import { useDashboard } from './use-dashboard';
import { lazy } from './lazy';

/**
 * The printer views are the larger part of the page: their code loads beside the stored list
 * (started as soon as this module runs), so the first download stays small.
 */
const PrinterList = lazy(() => import('./PrinterList').then((m) => m.PrinterList));
PrinterList.preload();
/** Needed only when a record cannot be shown. */
const DamagedCard = lazy(() => import('./occasional').then((m) => m.DamagedCard));
const LostKeyNotice = lazy(() => import('./occasional').then((m) => m.LostKeyNotice));

export function ConnectionList() {
  const { connections } = useDashboard();
  const list = connections.list.value;
  const broken = connections.unreadable.value;
  const lost = broken.filter((record) => record.problem === 'undecryptable').length;
  if (!connections.loaded.value) return <p class="muted">Loading your printers…</p>;
  return (
    <section aria-labelledby="printers-heading">
      <h2 id="printers-heading" class="section-title">
        Your printers <span class="count">({list.length + broken.length})</span>
      </h2>
      {lost > 0 && <LostKeyNotice count={lost} />}
      {list.length + broken.length === 0 && <p class="empty">No printers yet. Use “Connect a printer” to add one through OctoEverywhere.</p>}
      {list.length > 0 && <PrinterList />}
      {broken.length > 0 && (
        <ul class="cards damaged-list" role="list">
          {broken.map((record) => (
            <li key={`unreadable:${record.id}`}>
              <DamagedCard {...record} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
