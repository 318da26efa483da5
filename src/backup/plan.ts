import { isObject } from '../guards';
import { displayName, type Connection, type Secrets } from '../model';
import { entryLabel, readBackupEntry } from './entry';
import { BACKUP_FORMAT, SECRET_KEYS } from './format';
import { backupSchema } from './schema';

/**
 * Works out what restoring a backup file would do, without touching storage, so the dashboard
 * can save it in one go and then say what happened. Pure: the same file and connections give
 * the same plan.
 */
export interface ImportReport {
  added: Array<{ id: string; name: string }>;
  /** `fields`: what the import changes, in words (never a value). */
  updated: Array<{ id: string; name: string; fields: string[] }>;
  /** Stored records this browser cannot read (damaged, or sealed under a lost key): the entry replaces them. */
  restored: Array<{ id: string; name: string }>;
  /** `index` is the entry's 0-based position in the file's `connections`; `reason` counts from 1. */
  skipped: Array<{ index: number; name: string | null; reason: string }>;
}

export interface ImportPlan {
  ok: true;
  /** Connections to write, in file order; labels already merged. */
  toSave: Connection[];
  report: ImportReport;
}

export type ImportPlanResult = ImportPlan | { ok: false; reason: string };

const NOT_A_BACKUP = 'This is not a Printer Dashboard backup file.';

/**
 * `now` stamps `updatedAt` on the connections a backup changes; `unreadableIds` are stored records
 * that could not be read, which an entry with the same id restores.
 */
export function planImport(
  fileText: string,
  existing: Connection[],
  origin: string,
  now = Date.now(),
  unreadableIds: ReadonlySet<string> = new Set(),
): ImportPlanResult {
  const file = readFile(fileText);
  if (!file.ok) return file;

  const local = new Map(existing.map((connection) => [connection.id, connection]));
  const seen = new Set<string>();
  const plan: ImportPlan = { ok: true, toSave: [], report: { added: [], updated: [], restored: [], skipped: [] } };
  file.entries.forEach((raw, index) => {
    const read = readBackupEntry(raw, index, origin);
    if (!read.ok) {
      plan.report.skipped.push({ index, name: read.name, reason: read.reason });
      return;
    }
    const incoming = read.connection;
    const name = read.name;
    // Only a valid entry claims its id: a broken first copy does not hide a good second one.
    if (seen.has(incoming.id)) {
      plan.report.skipped.push({ index, name, reason: `${entryLabel(index, name)}: appears twice in the file; only the first counts.` });
      return;
    }
    seen.add(incoming.id);

    const current = local.get(incoming.id);
    if (!current) {
      plan.toSave.push(incoming);
      const list = unreadableIds.has(incoming.id) ? plan.report.restored : plan.report.added;
      list.push({ id: incoming.id, name: displayName(incoming) });
      return;
    }
    const merged = mergeInto(current, incoming, now);
    const fields = changedFields(current, merged);
    if (fields.length === 0) {
      plan.report.skipped.push({ index, name, reason: `${entryLabel(index, name)}: already here, unchanged.` });
      return;
    }
    plan.toSave.push(merged);
    plan.report.updated.push({ id: merged.id, name: displayName(merged), fields });
  });
  return plan;
}

type FileRead = { ok: true; entries: unknown[] } | { ok: false; reason: string };

function readFile(fileText: string): FileRead {
  let json: unknown;
  try {
    // Some editors save a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: `${NOT_A_BACKUP} (It is not valid JSON.)` };
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) return { ok: false, reason: NOT_A_BACKUP };
  const version = json.version;
  if (version !== 1) {
    return Number.isSafeInteger(version) && (version as number) > 1
      ? { ok: false, reason: `This backup was made by a newer version (version ${version as number}). Update the dashboard, then import it again.` }
      : { ok: false, reason: 'This backup file has an unknown version.' };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'This backup file is damaged: its list of connections or its date is missing.' };
  return { ok: true, entries: parsed.data.connections };
}

/** The backup's values win; a local label survives a backup that has none, and so do optional links. */
function mergeInto(current: Connection, incoming: Connection, now: number): Connection {
  return {
    ...current,
    url: incoming.url,
    printerName: incoming.printerName,
    secrets: incoming.secrets,
    label: incoming.label ?? current.label,
    userPrinterAccessUrl: incoming.userPrinterAccessUrl ?? current.userPrinterAccessUrl,
    printerLastKnownLocalIp: incoming.printerLastKnownLocalIp ?? current.printerLastKnownLocalIp,
    printerId: incoming.printerId ?? current.printerId,
    updatedAt: now,
  };
}

/** Every field an import can change, in the words the import plan shows. */
const FIELD_NAMES: Array<[keyof Connection, string]> = [
  ['url', 'App Connection URL'],
  ['printerName', 'name on OctoEverywhere'],
  ['label', 'local name'],
  ['userPrinterAccessUrl', 'printer page link'],
  ['printerLastKnownLocalIp', 'local IP'],
  ['printerId', 'printer id'],
];
const SECRET_NAMES: Record<keyof Secrets, string> = {
  appApiToken: 'App API token',
  basicUser: 'Basic user',
  basicPassword: 'Basic password',
  bearerToken: 'Bearer token',
  octoPrintApiKey: 'OctoPrint API key',
};

/** What differs between the stored connection and the merged one; empty or missing count as the same. */
function changedFields(a: Connection, b: Connection): string[] {
  const same = (x: unknown, y: unknown) => (x || undefined) === (y || undefined);
  return [
    ...FIELD_NAMES.filter(([key]) => !same(a[key], b[key])).map(([, words]) => words),
    ...SECRET_KEYS.filter((key) => !same(a.secrets[key], b.secrets[key])).map((key) => SECRET_NAMES[key]),
  ];
}
