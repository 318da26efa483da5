import { describe, expect, it } from 'vitest';
import type { Connection } from '../model';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { exportBackup } from './export';
import { planImport, type ImportPlan, type ImportPlanResult } from './plan';

const ORIGIN = 'https://octoeverywhere.com';
const NOW = 5_000;


/** Every secret value any fixture uses: none may appear anywhere in a report. */
const SECRET = /SECRET-/;

function file(connections: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'oe-dashboard-backup', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', connections, ...extra });
}

function plan(text: string, existing: Connection[] = []): ImportPlan {
  const result = planImport(text, existing, ORIGIN, NOW);
  if (!result.ok) throw new Error(`expected a plan, got: ${result.reason}`);
  expect(JSON.stringify(result.report)).not.toMatch(SECRET);
  return result;
}

function refused(result: ImportPlanResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('planImport: the file', () => {
  it('refuses text that is not JSON', () => {
    expect(refused(planImport('{"format": "oe-dashboard-backup", ', [], ORIGIN))).toMatch(/not a Printer Dashboard backup file.*not valid JSON/);
  });

  it.each([
    ['another format', { format: 'something-else', version: 1, connections: [] }],
    ['no format', { version: 1, connections: [] }],
    ['an array', []],
    ['null', null],
  ])('refuses %s', (_what, json) => {
    expect(refused(planImport(JSON.stringify(json), [], ORIGIN))).toBe('This is not a Printer Dashboard backup file.');
  });

  it('says a newer version made the file, naming the version', () => {
    expect(refused(planImport(file([], { version: 3 }), [], ORIGIN))).toMatch(/newer version \(version 3\)/);
    expect(refused(planImport(file([], { version: '1' }), [], ORIGIN))).toMatch(/unknown version/);
  });

  it('refuses a file whose list of connections is missing', () => {
    expect(refused(planImport(file([], { connections: 'nope' }), [], ORIGIN))).toMatch(/damaged/);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(plan(`\uFEFF${file([connection('a')])}`).report.added).toEqual([{ id: 'a', name: 'Printer a' }]);
  });
});

describe('planImport: merging by id', () => {
  it('adds a connection with a new id, keeping every field and secret', () => {
    const a = connection('a', { label: 'Garage', printerId: 'p1', userPrinterAccessUrl: 'https://octoeverywhere.com/printer/1' });
    const result = plan(file([a]));
    expect(result.toSave).toEqual([a]);
    expect(result.report).toEqual({ added: [{ id: 'a', name: 'Garage' }], updated: [], restored: [], skipped: [] });
  });

  it('updates a connection whose secrets, url or printer name changed, taking the backup\'s values', () => {
    const local = [connection('a'), connection('b'), connection('c')];
    const incoming = [
      connection('a', { secrets: { appApiToken: 'SECRET-NEW-TOKEN', bearerToken: 'SECRET-NEW-BEARER' } }),
      connection('b', { url: 'https://app-moved.octoeverywhere.com' }),
      connection('c', { printerName: 'Renamed in OctoEverywhere' }),
    ];
    const result = plan(file(incoming), local);
    expect(result.report.updated.map((u) => u.id)).toEqual(['a', 'b', 'c']);
    expect(result.toSave).toEqual(incoming.map((c) => ({ ...c, updatedAt: NOW })));
  });

  it('says which fields an update changes, naming secrets but never showing a value', () => {
    const local = [connection('a', { printerId: 'p1' })];
    const incoming = connection('a', {
      url: 'https://app-moved.octoeverywhere.com',
      printerId: 'p2',
      secrets: { ...connection('a').secrets, basicPassword: 'SECRET-ROTATED' },
    });
    const result = plan(file([incoming]), local);
    expect(result.report.updated).toEqual([{ id: 'a', name: 'Printer a', fields: ['App Connection URL', 'printer id', 'Basic password'] }]);
  });

  it('counts an entry whose stored record cannot be read here as restored, not added', () => {
    const result = plan(file([connection('a'), connection('b')]));
    expect(result.report.added.map((a) => a.id)).toEqual(['a', 'b']);
    const restoring = planImport(file([connection('a'), connection('b')]), [], ORIGIN, NOW, new Set(['b']));
    expect(restoring).toMatchObject({ ok: true, report: { added: [{ id: 'a' }], restored: [{ id: 'b', name: 'Printer b' }] } });
    expect(restoring.ok && restoring.toSave.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('keeps the local label when the backup has none, and takes the backup\'s label when it has one', () => {
    const local = [connection('a', { label: 'Kitchen' }), connection('b', { label: 'Old' })];
    const incoming = [connection('a', { secrets: { appApiToken: 'SECRET-NEW', bearerToken: 'SECRET-NEW-B' } }), connection('b', { label: 'New' })];
    const result = plan(file(incoming), local);
    expect(result.toSave.map((c) => c.label)).toEqual(['Kitchen', 'New']);
    expect(result.report.updated).toEqual([
      { id: 'a', name: 'Kitchen', fields: ['App API token', 'Basic user', 'Basic password', 'Bearer token', 'OctoPrint API key'] },
      { id: 'b', name: 'New', fields: ['local name'] },
    ]);
  });

  it('skips a connection already here with the same values, even without its label', () => {
    const local = [connection('a', { label: 'Kitchen', updatedAt: 3000 })];
    const result = plan(file([connection('a')]), local);
    expect(result.toSave).toEqual([]);
    expect(result.report.skipped).toEqual([{ index: 0, name: 'Printer a', reason: 'Entry 1 ("Printer a"): already here, unchanged.' }]);
  });

  it('uses the first of two entries with the same id and skips the second', () => {
    const first = connection('a');
    const second = connection('a', { printerName: 'Second copy' });
    const result = plan(file([first, second]));
    expect(result.toSave).toEqual([first]);
    expect(result.report.skipped).toEqual([{ index: 1, name: 'Second copy', reason: expect.stringContaining('appears twice in the file') }]);
  });

  it('lets a valid second copy in when the first copy of an id is invalid', () => {
    const result = plan(file([connection('a', { url: 'javascript:alert(1)' }), connection('a')]));
    expect(result.report.added).toEqual([{ id: 'a', name: 'Printer a' }]);
    expect(result.report.skipped.map((s) => s.index)).toEqual([0]);
  });
});

describe('planImport: invalid entries', () => {
  function skippedOne(entry: unknown, existing: Connection[] = []) {
    const result = plan(file([entry, connection('ok')]), existing);
    expect(result.toSave.map((c) => c.id)).toEqual(['ok']);
    expect(result.report.skipped).toHaveLength(1);
    return result.report.skipped[0]!;
  }

  it('skips an entry with no credentials, naming it by position and printer name', () => {
    const skipped = skippedOne(connection('a', { secrets: { appApiToken: 'SECRET-ONLY-TOKEN' } }));
    expect(skipped).toEqual({ index: 0, name: 'Printer a', reason: expect.stringMatching(/^Entry 1 \("Printer a"\): .*no App Connection credentials/) });
  });

  it('skips an entry without an App API token or with no secrets at all', () => {
    expect(skippedOne({ ...connection('a'), secrets: { bearerToken: 'SECRET-BEARER' } }).reason).toMatch(/App API token/);
    const { secrets: _secrets, ...bare } = connection('a');
    expect(skippedOne(bare).reason).toMatch(/credentials are missing/);
  });

  it('skips an entry whose url is on another host, even one that looks alike', () => {
    for (const url of ['https://app-a.evil.net', 'https://app-a.octoeverywhere.com.evil.net', 'https://app-a.octoeverywhere.com:8443', 'https://www.octoeverywhere.com', 'https://app-a.b.octoeverywhere.com']) {
      expect(skippedOne(connection('a', { url })).reason).toMatch(/^Entry 1 \("Printer a"\): the App Connection URL/);
    }
  });

  it('skips an entry from a dashboard pointed at another OctoEverywhere origin', () => {
    const result = planImport(file([connection('a')]), [], 'http://localhost:4300', NOW);
    expect(result).toMatchObject({ ok: true, toSave: [], report: { skipped: [{ index: 0, reason: expect.stringContaining('uses https') }] } });
  });

  it('skips an entry with a javascript: url, and does not update a local connection from it', () => {
    const skipped = skippedOne(connection('a', { url: 'javascript:alert(document.cookie)' }), [connection('a')]);
    expect(skipped.reason).toMatch(/uses javascript/);
    expect(skipped.reason).not.toMatch(/alert/);
  });

  it.each([
    ['a date past what a Date can hold', { connectedAt: 1e20 }],
    ['a negative date', { connectedAt: -1 }],
    ['a fractional date', { updatedAt: 1.5 }],
    ['a date as text', { connectedAt: '2025-01-01' }],
  ])('skips an entry with %s: it would break the card that shows it', (_what, change) => {
    expect(skippedOne({ ...connection('a'), ...change }).reason).toBe('Entry 1 ("Printer a"): its dates are missing or invalid.');
  });

  it('skips an entry that is not an object or has a malformed id, with no name when none is readable', () => {
    expect(skippedOne('SECRET-A-STRING')).toEqual({ index: 0, name: null, reason: 'Entry 1: it is not a connection.' });
    expect(skippedOne(connection('a b')).reason).toMatch(/connection id is missing or invalid/);
    expect(skippedOne({ ...connection('a'), printerName: 42 }).name).toBeNull();
  });

  it('does not show a printer name that carries one of the entry\'s secrets', () => {
    const entry = connection('a', { printerName: 'SECRET-TOKEN-a', url: 'http://x' });
    expect(skippedOne(entry).name).toBeNull();
  });

  it('drops a printer page link that leads off the OctoEverywhere origin, keeping the entry', () => {
    const result = plan(file([connection('a', { userPrinterAccessUrl: 'https://evil.example/printer/1' }), connection('b', { userPrinterAccessUrl: 'https://octoeverywhere.com/printer/b' })]));
    expect(result.toSave.map((c) => c.userPrinterAccessUrl)).toEqual([undefined, 'https://octoeverywhere.com/printer/b']);
  });

  it('normalises the url and drops a printer page link that is not http(s)', () => {
    const result = plan(file([connection('a', { url: 'https://APP-A.OctoEverywhere.com/', userPrinterAccessUrl: 'javascript:alert(1)' })]));
    expect(result.toSave[0]).toMatchObject({ url: 'https://app-a.octoeverywhere.com', userPrinterAccessUrl: undefined });
  });

  it('never puts a secret in any reason', () => {
    const entries = [
      connection('a', { url: 'ftp://SECRET-IN-URL' }),
      connection('b', { secrets: { appApiToken: '', basicPassword: 'SECRET-HALF' } as Connection['secrets'] }),
      { ...connection('c'), secrets: 'SECRET-AS-STRING' },
      { ...connection('d'), connectedAt: 'SECRET-DATE' },
      { ...connection('e'), id: 'SECRET ID' },
      connection('f'),
      connection('f'),
    ];
    const result = plan(file(entries), [connection('g')]);
    expect(result.report.skipped).toHaveLength(6);
    expect(JSON.stringify(result.report)).not.toMatch(SECRET);
  });
});

describe('exportBackup', () => {
  it('names the file by date and round-trips through planImport', () => {
    const connections = [connection('a', { label: 'Garage' }), connection('b', { secrets: { appApiToken: 't', bearerToken: 'b' } })];
    const { fileName, text } = exportBackup(connections, new Date('2025-03-04T10:00:00Z'));
    expect(fileName).toBe('printer-connections-2025-03-04.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'oe-dashboard-backup', version: 1, exportedAt: '2025-03-04T10:00:00.000Z' });
    expect(plan(text).toSave).toEqual(connections);
    expect(plan(text, connections).report.skipped.map((s) => s.reason)).toEqual([
      'Entry 1 ("Printer a"): already here, unchanged.',
      'Entry 2 ("Printer b"): already here, unchanged.',
    ]);
  });
});
