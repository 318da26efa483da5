import { describe, expect, it } from 'vitest';
import { canControlLights, canExtrude, canHome, canMoveAxes, canSetTemperature, type Gadget, type PrinterModel } from './model';
import type { PrinterProblemKind } from './reading';
import { durationWords, elapsedWords, finishWords, timeLeftWords } from './time-words';
import { filamentWords, gadgetWords, headline, layerWords, problemWords, temperatureList, temperatureWords } from './words';

const printer = (over: Partial<PrinterModel> = {}): PrinterModel => ({ source: 'plugin', state: 'printing', temperatures: {}, ...over });

describe('headline', () => {
  it('says the state in words, with the progress while printing', () => {
    expect(headline(printer({ progress: 42.9 }))).toEqual({ text: 'Printing 42 %', tone: 'ok' });
    expect(headline(printer({ progress: 99.99 })).text).toBe('Printing 99 %');
    expect(headline(printer()).text).toBe('Printing');
    const cases: [PrinterModel['state'], string][] = [
      ['idle', 'Idle'],
      ['warming up', 'Warming up'],
      ['paused', 'Paused'],
      ['resuming', 'Resuming'],
      ['complete', 'Complete'],
      ['cancelled', 'Cancelled'],
      ['error', 'Error'],
      ['unknown', 'Unknown state'],
    ];
    for (const [state, text] of cases) expect(headline(printer({ state, progress: 10 })).text, state).toBe(text);
  });

  it('names the error and the unknown state, with tones', () => {
    expect(headline(printer({ state: 'error', errorText: 'Heater failure' }))).toEqual({ text: 'Error: Heater failure', tone: 'bad' });
    expect(headline(printer({ state: 'unknown', rawState: 'calibrating' })).text).toBe('Unknown state: calibrating');
    expect(headline(printer({ state: 'paused' })).tone).toBe('warn');
    expect(headline(printer({ state: 'idle' })).tone).toBe('neutral');
  });
});

describe('time words', () => {
  it('durations, time left and elapsed', () => {
    expect(durationWords(3900)).toBe('1 h 5 min');
    expect(durationWords(7200)).toBe('2 h');
    expect(durationWords(2580)).toBe('43 min');
    expect(durationWords(30)).toBe('30 s');
    expect(timeLeftWords(3900)).toBe('1 h 5 min left');
    expect(timeLeftWords(undefined)).toBeUndefined();
    expect(elapsedWords(3720)).toBe('1 h 2 min elapsed');
  });

  it('the finish as a clock time, today, tomorrow, this week, or a date', () => {
    const clock = { locale: 'en-GB', timeZone: 'UTC' };
    const now = Date.UTC(2025, 5, 12, 19, 0); // Thursday 12 June 2025, 19:00 UTC
    expect(finishWords(now, 2 * 3600 + 40 * 60, clock)).toBe('done at 21:40');
    expect(finishWords(now, 12 * 3600 + 10 * 60, clock)).toBe('done tomorrow at 07:10');
    expect(finishWords(now, 48 * 3600, clock)).toBe('done Sat at 19:00');
    expect(finishWords(now, 10 * 24 * 3600, clock)).toBe('done 22 Jun at 19:00');
    expect(finishWords(now, undefined, clock)).toBeUndefined();
    // 14:30 UTC is 23:30 in Tokyo: the day turns there, not in UTC.
    const late = Date.UTC(2025, 5, 12, 14, 30);
    expect(finishWords(late, 3600, clock)).toBe('done at 15:30');
    expect(finishWords(late, 3600, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('done tomorrow at 00:30');
  });
});

describe('measurements', () => {
  it('temperatures as actual/target with units; an off heater shows its reading only', () => {
    expect(temperatureWords({ actual: 214.4, target: 220 })).toBe('214/220 °C');
    expect(temperatureWords({ actual: 22.2, target: 0 })).toBe('22 °C');
    expect(temperatureWords({ actual: 22.2 })).toBe('22 °C');
    expect(temperatureWords({ target: 60 })).toBe('–/60 °C');
    expect(temperatureWords(undefined)).toBeUndefined();
    const temperatures = { bed: { actual: 60, target: 60 }, hotend: { actual: 219.6, target: 220 } };
    expect(temperatureList(printer({ temperatures }))).toEqual([
      { name: 'Hotend', text: '220/220 °C' },
      { name: 'Bed', text: '60/60 °C' },
    ]);
  });

  it('layers and filament', () => {
    expect(layerWords(printer({ currentLayer: 62, totalLayers: 145 }))).toBe('Layer 62 of 145');
    expect(layerWords(printer({ currentLayer: 62 }))).toBe('Layer 62');
    expect(layerWords(printer({ totalLayers: 145 }))).toBeUndefined();
    expect(filamentWords(printer({ filamentMm: 12345, filamentMg: 9876 }))).toBe('12.3 m · 9.9 g of filament');
    expect(filamentWords(printer({ filamentMm: 800 }))).toBe('0.8 m of filament');
    expect(filamentWords(printer())).toBeUndefined();
  });

  it('feature flags', () => {
    const all = printer({ features: 31 });
    expect([canControlLights(all), canMoveAxes(all), canHome(all), canExtrude(all), canSetTemperature(all)]).toEqual([true, true, true, true, true]);
    const some = printer({ features: 1 | 16 });
    expect([canControlLights(some), canMoveAxes(some), canHome(some), canExtrude(some), canSetTemperature(some)]).toEqual([true, false, false, false, true]);
    expect(canControlLights(printer())).toBe(false);
  });
});

describe('gadgetWords', () => {
  const gadget = (over: Partial<Gadget> = {}): Gadget => ({ scoreHistory: [], suppressed: false, ...over });

  it('looks good, warns, or says it paused the print', () => {
    expect(gadgetWords(printer({ gadget: gadget({ lastScore: 7.5, scoreHistory: [7.5] }) }))).toEqual({ text: 'AI watching: looks good', tone: 'ok' });
    expect(gadgetWords(printer({ gadget: gadget({ lastScore: 72, scoreHistory: [72] }) }))).toEqual({ text: 'AI watching: warning', tone: 'warn' });
    expect(gadgetWords(printer({ gadget: gadget({ lastScore: 10, secondsSinceLastWarn: 60 }) }))?.text).toBe('AI watching: warning');
    expect(gadgetWords(printer({ gadget: gadget({ lastScore: 10, secondsSinceLastWarn: 3600 }) }))?.text).toBe('AI watching: looks good');
    const paused = printer({ state: 'paused', gadget: gadget({ lastScore: 90, secondsSinceLastPause: 20 }) });
    expect(gadgetWords(paused)).toEqual({ text: 'AI watching: paused the print', tone: 'bad' });
  });

  it('before a first score, when suppressed, and when nothing prints', () => {
    expect(gadgetWords(printer({ gadget: gadget() }))).toEqual({ text: 'AI watching', tone: 'neutral' });
    expect(gadgetWords(printer({ gadget: gadget({ suppressed: true, lastScore: 90 }) }))?.text).toBe('AI not watching this print');
    expect(gadgetWords(printer({ state: 'idle', gadget: gadget({ lastScore: 7 }) }))).toBeUndefined();
    expect(gadgetWords(printer())).toBeUndefined();
  });
});

describe('problemWords', () => {
  it('has the design\'s words for the plugin\'s problems, and shows unknown codes\' numbers', () => {
    const label = (p: PrinterProblemKind, code = 0) => problemWords(p, code).label;
    expect(label('software-not-connected')).toBe('Printer software not connected');
    expect(label('cant-log-in')).toBe('Can’t log in to the printer');
    expect(label('busy')).toBe('Printer busy');
    expect(problemWords('busy', 787).explanation).toContain('too many apps connected');
    expect(problemWords('cant-log-in', 789).explanation).toContain('OctoEverywhere can’t log in to the printer');
    expect(problemWords('temporary', 799).explanation).toContain('(799)');
  });
});
