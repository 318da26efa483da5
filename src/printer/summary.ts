/**
 * The line above the list ("3 printing · 1 needs attention · 2 idle · 1 offline") and the order of
 * the cards. Takes each connection's status kind (null while no answer came yet) and its printer
 * model, if one was read; knows nothing of the UI.
 */
import type { PrinterModel } from './model';
import { gadgetWords } from './words';

export interface PrinterEntry {
  id: string;
  /** The name the user sees (their label, else the printer's name). */
  name: string;
  /** The connection status kind ('online', 'printer-offline', …); null or undefined while checking. */
  status: string | null | undefined;
  printer?: PrinterModel | undefined;
}

export type Bucket = 'attention' | 'printing' | 'idle' | 'offline' | 'checking';

/** Where a connection counts: any connection problem, an error, a pause or a Gadget warning need attention. */
export function bucketOf(entry: Pick<PrinterEntry, 'status' | 'printer'>): Bucket {
  const { status, printer } = entry;
  if (status === null || status === undefined) return 'checking';
  if (status === 'printer-offline') return 'offline';
  // A working connection whose printer could not be read (e.g. OctoPrint wants a key) is worth a look.
  if (status !== 'online' || !printer) return 'attention';
  const gadget = gadgetWords(printer);
  if (gadget && (gadget.tone === 'warn' || gadget.tone === 'bad')) return 'attention';
  switch (printer.state) {
    case 'error':
    case 'paused':
      return 'attention';
    case 'printing':
    case 'warming up':
    case 'resuming':
      return 'printing';
    case 'idle':
    case 'complete':
    case 'cancelled':
    case 'unknown':
      return 'idle';
  }
}

const LINE_ORDER: Bucket[] = ['printing', 'attention', 'idle', 'offline', 'checking'];

function bucketWords(bucket: Bucket, n: number): string {
  switch (bucket) {
    case 'attention':
      return `${n} ${n === 1 ? 'needs' : 'need'} attention`;
    default:
      return `${n} ${bucket}`;
  }
}

/** "3 printing · 1 needs attention · 2 idle · 1 offline"; empty buckets are left out; "" for none. */
export function summaryLine(entries: readonly Pick<PrinterEntry, 'status' | 'printer'>[]): string {
  const counts = new Map<Bucket, number>();
  for (const entry of entries) {
    const bucket = bucketOf(entry);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return LINE_ORDER.filter((b) => counts.has(b))
    .map((b) => bucketWords(b, counts.get(b)!))
    .join(' · ');
}

export type SortOrder = 'state' | 'name';

const SORT_RANK: Record<Bucket, number> = { attention: 0, printing: 1, idle: 2, offline: 3, checking: 4 };
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function byName(a: PrinterEntry, b: PrinterEntry): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A sorted copy. 'state': attention first, then printing (soonest done first; unknown time left
 * last), then idle, offline, and those still checking; by name within each. 'name': by name only.
 */
export function sortEntries<T extends PrinterEntry>(entries: readonly T[], order: SortOrder): T[] {
  if (order === 'name') return [...entries].sort(byName);
  const keyed = entries.map((entry, index) => ({ entry, index, bucket: bucketOf(entry) }));
  keyed.sort((a, b) => {
    const rank = SORT_RANK[a.bucket] - SORT_RANK[b.bucket];
    if (rank !== 0) return rank;
    if (a.bucket === 'printing') {
      const left = (a.entry.printer?.timeLeftSec ?? Infinity) - (b.entry.printer?.timeLeftSec ?? Infinity);
      if (left !== 0 && !Number.isNaN(left)) return left;
    }
    // Otherwise the order they were added in: a card keeps its place (also when reconnected).
    return a.index - b.index;
  });
  return keyed.map((k) => k.entry);
}
