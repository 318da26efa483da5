import { describe, expect, it } from 'vitest';
import { advance, applyLegacyOctoPrint, applyPrinterPatch, currentLayer, defaultPrinter, startPrint } from './printer-sim';

describe('the print simulation', () => {
  it('stands still until stepped', () => {
    const p = defaultPrinter('bambu');
    startPrint(p, { fileName: 'benchy.3mf', durationSec: 600, layers: 100 });
    const before = structuredClone(p);
    expect(p.state).toBe('warmingup');
    expect(structuredClone(p)).toEqual(before);
  });

  it('warms up, prints with progress, layers and time left moving together, then completes and cools', () => {
    const p = defaultPrinter('klipper');
    startPrint(p, { fileName: 'cube.gcode', durationSec: 1000, layers: 50 });
    advance(p, 30);
    expect(p.state).toBe('warmingup');
    expect(p.hotend.actual).toBeGreaterThan(100);
    expect(p.progress).toBe(0);
    advance(p, 200);
    expect(p.state).toBe('printing');
    const warmupEnded = 1000 - p.timeLeftSec!;
    expect(warmupEnded).toBeGreaterThan(0);
    advance(p, 500 - warmupEnded);
    expect(p.timeLeftSec).toBeCloseTo(500, 5);
    expect(p.progress).toBeCloseTo(50, 5);
    expect(currentLayer(p)).toBe(25);
    advance(p, 600);
    expect(p).toMatchObject({ state: 'complete', progress: 100, timeLeftSec: 0 });
    expect(p.hotend.target).toBe(0);
    const hot = p.hotend.actual;
    advance(p, 60);
    expect(p.hotend.actual).toBeLessThan(hot);
  });

  it('a paused print keeps its progress; Gadget times keep counting', () => {
    const p = defaultPrinter('octoprint');
    startPrint(p, { fileName: 'x.gcode', durationSec: 100, warmup: false });
    advance(p, 10);
    applyPrinterPatch(p, { state: 'paused', gadget: { LastScore: 12, TimeSinceLastWarnSec: 0 } });
    const progress = p.progress;
    advance(p, 30);
    expect(p.progress).toBe(progress);
    expect(p.gadget).toMatchObject({ LastScore: 12, ScoreHistory: [12], TimeSinceLastScoreSec: 30, TimeSinceLastWarnSec: 30 });
  });

  it('a new platform brings its features and lights; heaters merge', () => {
    const p = defaultPrinter('octoprint');
    applyPrinterPatch(p, { platform: 'bambu', bed: { target: 55 }, chamber: { actual: 30 } });
    expect(p).toMatchObject({ platform: 'bambu', features: 17, lights: [{ Name: 'chamber', On: false }] });
    expect(p.bed).toEqual({ actual: 22, target: 55 });
    expect(p.chamber).toEqual({ actual: 30, target: 0 });
  });

  it('the older octoprint patch still sets the printer', () => {
    const p = defaultPrinter();
    applyLegacyOctoPrint(p, { state: 'Printing', completion: 42.4, fileName: 'benchy.gcode', printTimeLeft: 3900 });
    expect(p).toMatchObject({ state: 'printing', progress: 42.4, fileName: 'benchy.gcode', timeLeftSec: 3900 });
    applyLegacyOctoPrint(p, { state: 'Disconnected' });
    expect(p.state).toBe('disconnected');
  });
});
