import { describe, expect, it } from 'vitest';
import type { PrinterModel } from './model';
import { bucketOf, sortEntries, summaryLine, type PrinterEntry } from './summary';

const model = (state: PrinterModel['state'], over: Partial<PrinterModel> = {}): PrinterModel => ({ source: 'plugin', state, temperatures: {}, ...over });
const entry = (name: string, status: string | null, printer?: PrinterModel): PrinterEntry => ({ id: name.toLowerCase(), name, status, printer });

describe('bucketOf', () => {
  it('sorts each connection into printing, attention, idle, offline or checking', () => {
    const cases: [PrinterEntry, string][] = [
      [entry('a', 'online', model('printing')), 'printing'],
      [entry('a', 'online', model('warming up')), 'printing'],
      [entry('a', 'online', model('resuming')), 'printing'],
      [entry('a', 'online', model('paused')), 'attention'],
      [entry('a', 'online', model('error')), 'attention'],
      [entry('a', 'online', model('idle')), 'idle'],
      [entry('a', 'online', model('complete')), 'idle'],
      [entry('a', 'online', model('cancelled')), 'idle'],
      [entry('a', 'online', model('unknown')), 'idle'],
      [entry('a', 'online'), 'attention'],
      [entry('a', 'printer-offline'), 'offline'],
      [entry('a', 'revoked'), 'attention'],
      [entry('a', 'credentials-rejected'), 'attention'],
      [entry('a', 'unreachable'), 'attention'],
      [entry('a', null), 'checking'],
    ];
    for (const [e, bucket] of cases) expect(bucketOf(e), `${e.status} ${e.printer?.state}`).toBe(bucket);
  });

  it('a print Gadget warns about needs attention', () => {
    const warned = model('printing', { gadget: { lastScore: 80, scoreHistory: [80], suppressed: false } });
    expect(bucketOf(entry('a', 'online', warned))).toBe('attention');
    const fine = model('printing', { gadget: { lastScore: 5, scoreHistory: [5], suppressed: false } });
    expect(bucketOf(entry('a', 'online', fine))).toBe('printing');
  });
});

describe('summaryLine', () => {
  it('counts each kind, in a fixed order, leaving out the empty ones', () => {
    const entries = [
      entry('P1', 'online', model('printing')),
      entry('P2', 'online', model('printing')),
      entry('P3', 'online', model('warming up')),
      entry('E', 'online', model('error')),
      entry('I1', 'online', model('idle')),
      entry('I2', 'online', model('complete')),
      entry('O', 'printer-offline'),
    ];
    expect(summaryLine(entries)).toBe('3 printing · 1 needs attention · 2 idle · 1 offline');
    expect(summaryLine([entry('R', 'revoked'), entry('E', 'online', model('error')), entry('C', null)])).toBe('2 need attention · 1 checking');
    expect(summaryLine([])).toBe('');
  });
});

describe('sortEntries', () => {
  const entries = [
    entry('Zeta offline', 'printer-offline'),
    entry('Idle 10', 'online', model('idle')),
    entry('Long print', 'online', model('printing', { timeLeftSec: 7200 })),
    entry('Checking', null),
    entry('Idle 9', 'online', model('idle')),
    entry('Revoked', 'revoked'),
    entry('No estimate', 'online', model('printing')),
    entry('Short print', 'online', model('printing', { timeLeftSec: 600 })),
    entry('Error', 'online', model('error')),
  ];

  it('by state: attention, then printing soonest done first, idle, offline, checking; in the order added within', () => {
    expect(sortEntries(entries, 'state').map((e) => e.name)).toEqual([
      'Revoked',
      'Error',
      'Short print',
      'Long print',
      'No estimate',
      'Idle 10',
      'Idle 9',
      'Zeta offline',
      'Checking',
    ]);
  });

  it('by name: numbers in names sort as numbers, case does not matter, the input is not changed', () => {
    const copy = [...entries];
    expect(sortEntries([entry('b', null), entry('Idle 10', null), entry('A', null), entry('idle 9', null)], 'name').map((e) => e.name)).toEqual(['A', 'b', 'idle 9', 'Idle 10']);
    sortEntries(entries, 'name');
    expect(entries).toEqual(copy);
  });
});
