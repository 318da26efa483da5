import { describe, expect, it } from 'vitest';
import type { PrinterState } from '../printer/model';
import { notificationFor, type NotifyEvent, type Observation, type ObservedPrinter } from './transitions';
import { notificationWords } from './words';

const T0 = 1_000_000;
const online = (state: PrinterState, extra: Partial<ObservedPrinter> = {}, at = T0): Observation => ({ status: 'online', at, printer: { state, ...extra } });
const down = (status: Observation['status'], at = T0 + 30_000): Observation => ({ status, at, printer: null });
const later = (o: Observation, ms = 30_000): Observation => ({ ...o, at: o.at + ms });
const file = { fileName: 'benchy.gcode' };

describe('notificationFor', () => {
  it.each<[string, Observation | null, Observation, NotifyEvent | null]>([
    ['nothing on the first observation', null, online('complete'), null],
    ['nothing on the first observation, even paused by Gadget', null, online('paused', { gadget: { secondsSinceLastPause: 3 } }), null],

    ['printing → complete', online('printing', file), later(online('complete', file)), { kind: 'print-complete', fileName: 'benchy.gcode' }],
    ['paused → complete', online('paused'), later(online('complete')), { kind: 'print-complete' }],
    ['complete → complete', online('complete'), later(online('complete')), null],
    ['idle → complete', online('idle'), later(online('complete')), null],
    ['complete → complete with another print id', online('complete', { printId: 'a' }), later(online('complete', { printId: 'b' })), { kind: 'print-complete' }],
    ['complete → complete, the print id learnt late', online('complete'), later(online('complete', { printId: 'b' })), null],

    ['printing → error', online('printing', file), later(online('error', { ...file, errorText: 'Thermal runaway' })), { kind: 'print-failed', fileName: 'benchy.gcode', errorText: 'Thermal runaway' }],
    ['idle → error', online('idle'), later(online('error')), { kind: 'print-failed' }],
    ['error → error, other words', online('error', { errorText: 'a' }), later(online('error', { errorText: 'b' })), null],

    ['printing → paused', online('printing', file), later(online('paused', file)), { kind: 'paused', byGadget: false, fileName: 'benchy.gcode' }],
    ['resuming → paused', online('resuming'), later(online('paused')), { kind: 'paused', byGadget: false }],
    ['paused → paused', online('paused'), later(online('paused')), null],
    ['printing → paused, Gadget’s pause newly set', online('printing'), later(online('paused', { gadget: { secondsSinceLastPause: 12 } })), { kind: 'paused', byGadget: true }],
    [
      'printing → paused by the user after an earlier Gadget pause',
      online('printing', { gadget: { secondsSinceLastPause: 600 } }),
      later(online('paused', { gadget: { secondsSinceLastPause: 630 } })),
      { kind: 'paused', byGadget: false },
    ],
    [
      'printing → paused, Gadget’s counter reset',
      online('printing', { gadget: { secondsSinceLastPause: 600 } }),
      later(online('paused', { gadget: { secondsSinceLastPause: 5 } })),
      { kind: 'paused', byGadget: true },
    ],
    [
      'paused → paused, the same Gadget pause ageing',
      online('paused', { gadget: { secondsSinceLastPause: 20 } }),
      later(online('paused', { gadget: { secondsSinceLastPause: 52 } })),
      null,
    ],
    ['paused → paused, Gadget’s pause reported late', online('paused'), later(online('paused', { gadget: { secondsSinceLastPause: 40 } })), null],
    [
      'paused → paused, resumed and paused by Gadget in between',
      online('paused', { gadget: { secondsSinceLastPause: 300 } }),
      later(online('paused', { gadget: { secondsSinceLastPause: 8 } })),
      { kind: 'paused', byGadget: true },
    ],
    ['Gadget counter reset while printing (already resumed)', online('printing', { gadget: { secondsSinceLastPause: 300 } }), later(online('printing', { gadget: { secondsSinceLastPause: 8 } })), null],

    ['printing → printer offline', online('printing', file), down('printer-offline'), { kind: 'went-offline', fileName: 'benchy.gcode' }],
    ['paused → printer offline', online('paused'), down('printer-offline'), { kind: 'went-offline' }],
    ['warming up → printer offline', online('warming up'), down('printer-offline'), { kind: 'went-offline' }],
    ['idle → printer offline', online('idle'), down('printer-offline'), null],
    ['printer offline → printer offline', down('printer-offline', T0), down('printer-offline'), null],
    ['printing → OctoEverywhere unreachable (our network, not the printer)', online('printing'), down('unreachable'), null],
    ['printing → OctoEverywhere error', online('printing'), down('oe-error'), null],

    ['online → revoked', online('printing'), down('revoked'), { kind: 'revoked' }],
    ['offline → revoked', down('printer-offline', T0), down('revoked'), { kind: 'revoked' }],
    ['revoked → revoked', down('revoked', T0), down('revoked'), null],
    ['credentials rejected is not revoked', online('idle'), down('credentials-rejected'), null],

    ['offline → complete: nobody saw the print end', down('printer-offline', T0), online('complete', {}, T0 + 30_000), null],
    ['unknown → complete', online('unknown'), later(online('complete')), null],
    ['unknown → error', online('unknown'), later(online('error')), null],
    ['unknown → paused', online('unknown'), later(online('paused')), null],
    ['printing → cancelled', online('printing'), later(online('cancelled')), null],
    ['printing → printing', online('printing'), later(online('printing')), null],
  ])('%s', (_name, previous, next, expected) => {
    expect(notificationFor(previous, next)).toEqual(expected);
  });

  it('tells one event per transition, then nothing while the state holds', () => {
    const seen = [online('printing'), online('printing', {}, T0 + 30_000), online('complete', {}, T0 + 60_000), online('complete', {}, T0 + 90_000), online('idle', {}, T0 + 120_000)];
    const events = seen.map((next, i) => notificationFor(seen[i - 1] ?? null, next)).filter(Boolean);
    expect(events).toEqual([{ kind: 'print-complete' }]);
  });
});

describe('notificationWords', () => {
  it.each<[NotifyEvent, string, string]>([
    [{ kind: 'print-complete', fileName: 'benchy.gcode' }, 'Prusa: print complete', 'benchy.gcode is done.'],
    [{ kind: 'print-complete' }, 'Prusa: print complete', 'The print is done.'],
    [{ kind: 'print-failed', errorText: 'Thermal runaway' }, 'Prusa: print failed', 'Thermal runaway'],
    [{ kind: 'print-failed' }, 'Prusa: print failed', 'The printer reports an error.'],
    [{ kind: 'paused', byGadget: true }, 'Prusa: paused by Gadget', 'Gadget paused the print because it may be failing. Have a look before you resume.'],
    [{ kind: 'paused', byGadget: false, fileName: 'cube.gcode' }, 'Prusa: paused', 'cube.gcode is paused.'],
    [{ kind: 'went-offline' }, 'Prusa: offline', 'The printer went offline during a print.'],
    [{ kind: 'revoked' }, 'Prusa: connection revoked', 'This dashboard can no longer reach the printer. Reconnect it to see it again.'],
  ])('%j', (event, title, body) => {
    expect(notificationWords(event, 'Prusa')).toEqual({ title, body });
  });
});
