import { isObject } from '../guards';
import type { Connection, Secrets } from '../model';
import { SECRET_KEYS } from './format';
import { checkAppConnectionUrl } from '../portal/connection-url';
import { printerLink } from '../links';
import { backupConnectionSchema } from './schema';

/**
 * Reads one entry of a backup file into a Connection, holding it to the same rules as a fresh
 * completion: a backup made against another OctoEverywhere origin, or edited by hand, must not
 * bring in a foreign host. A rejection names the entry but never repeats a value from it, so a
 * secret cannot end up on screen.
 */
export type EntryRead =
  | { ok: true; connection: Connection; name: string | null }
  | { ok: false; name: string | null; reason: string };

export function readBackupEntry(raw: unknown, index: number, origin: string): EntryRead {
  const name = readableName(raw);
  const skip = (why: string): EntryRead => ({ ok: false, name, reason: `${entryLabel(index, name)}: ${why}.` });
  if (!isObject(raw)) return skip('it is not a connection');

  const parsed = backupConnectionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return skip(describeIssue(issue?.path ?? [], issue?.code ?? ''));
  }
  const entry = parsed.data;
  const checked = checkAppConnectionUrl(entry.url, origin);
  if (!checked.ok) return skip(lowerFirst(checked.reason.replace(/\.$/, '')));

  return {
    ok: true,
    name,
    connection: {
      id: entry.id,
      url: checked.url,
      printerName: entry.printerName,
      label: entry.label?.trim() || undefined,
      userPrinterAccessUrl: printerLink(entry.userPrinterAccessUrl, origin),
      printerLastKnownLocalIp: entry.printerLastKnownLocalIp || undefined,
      printerId: entry.printerId || undefined,
      connectedAt: entry.connectedAt,
      updatedAt: entry.updatedAt ?? entry.connectedAt,
      secrets: withoutEmpty(entry.secrets),
    },
  };
}

/** "Entry 3 ("Prusa MK4")": counted from 1, as a person would. */
export function entryLabel(index: number, name: string | null): string {
  return name ? `Entry ${index + 1} ("${name}")` : `Entry ${index + 1}`;
}

/**
 * The entry's printer name, if it is a plain string. Dropped if it holds one of the entry's
 * secrets (a shuffled or tampered file), since the name is shown to the person.
 */
function readableName(raw: unknown): string | null {
  if (!isObject(raw)) return null;
  const { printerName, secrets } = raw;
  if (typeof printerName !== 'string') return null;
  const name = printerName.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 80);
  if (!name) return null;
  const secretValues = isObject(secrets) ? Object.values(secrets) : [];
  const leaks = secretValues.some((value) => typeof value === 'string' && value.length >= 4 && printerName.includes(value));
  return leaks ? null : name;
}

/** Words for a schema issue, built from its path only: an issue's message may quote the input. */
function describeIssue(path: PropertyKey[], code: string): string {
  const [first, second] = path.map(String);
  if (first === 'secrets') {
    if (second === undefined) {
      return code === 'custom' ? 'it carries no App Connection credentials (neither Basic nor Bearer)' : 'its credentials are missing';
    }
    return second === 'appApiToken' ? 'its App API token is missing or invalid' : `its credentials are invalid (${safeKey(second)})`;
  }
  switch (first) {
    case 'id':
      return 'its connection id is missing or invalid';
    case 'url':
      return 'its App Connection URL is missing or too long';
    case 'printerName':
      return 'its printer name is missing or too long';
    case 'connectedAt':
    case 'updatedAt':
      return 'its dates are missing or invalid';
    default:
      return first === undefined ? 'it is not a connection' : `its field ${safeKey(first)} is invalid`;
  }
}

const safeKey = (key: string): string => (/^[A-Za-z]{1,40}$/.test(key) ? key : 'unknown');
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function withoutEmpty(secrets: Secrets): Secrets {
  const out: Secrets = { appApiToken: secrets.appApiToken };
  for (const key of SECRET_KEYS) if (secrets[key]) out[key] = secrets[key];
  return out;
}
