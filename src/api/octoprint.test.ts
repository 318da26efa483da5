import { describe, expect, it } from 'vitest';
import { parseJob } from './octoprint';

const printing = {
  job: { file: { name: 'benchy.gcode', origin: 'local', size: 1234, date: 1700000000 }, estimatedPrintTime: 3600 },
  progress: { completion: 42.5, filepos: 100, printTime: 1500, printTimeLeft: 2069.6, printTimeLeftOrigin: 'estimate' },
  state: 'Printing',
};

describe('parseJob', () => {
  it('reads a printing job', () => {
    expect(parseJob(printing)).toEqual({ state: 'Printing', completion: 42.5, fileName: 'benchy.gcode', printTimeLeftSeconds: 2070 });
  });

  it('reads an idle printer whose job fields are all null', () => {
    const idle = {
      job: { file: { name: null, origin: null, size: null, date: null }, estimatedPrintTime: null },
      progress: { completion: null, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null },
      state: 'Operational',
    };
    expect(parseJob(idle)).toEqual({ state: 'Operational', completion: null, fileName: null, printTimeLeftSeconds: null });
    expect(parseJob({ state: 'Offline' })).toEqual({ state: 'Offline', completion: null, fileName: null, printTimeLeftSeconds: null });
    expect(parseJob({ state: 'Offline', job: null, progress: null })?.fileName).toBeNull();
  });

  it('clamps completion to 0–100 and drops odd values', () => {
    expect(parseJob({ ...printing, progress: { completion: 100.0001 } })?.completion).toBe(100);
    expect(parseJob({ ...printing, progress: { completion: -3 } })?.completion).toBe(0);
    expect(parseJob({ ...printing, progress: { completion: '50', printTimeLeft: -1 } })).toMatchObject({ completion: null, printTimeLeftSeconds: null });
    expect(parseJob({ ...printing, job: { file: 'benchy' } })?.fileName).toBeNull();
    expect(parseJob({ ...printing, job: { file: { name: '' } } })?.fileName).toBeNull();
  });

  it('returns null for garbage', () => {
    for (const bad of [null, 'Printing', 3, [], {}, { state: '' }, { state: 7 }, { job: printing.job }]) {
      expect(parseJob(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
