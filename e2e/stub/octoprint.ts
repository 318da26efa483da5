// The simulated OctoPrint's answers, in OctoPrint's own JSON shapes.
import type { SimulatedOctoPrint } from './types';

export const VERSION = { api: '0.1', server: '1.10.2', text: 'OctoPrint 1.10.2' };

function isActive(op: SimulatedOctoPrint): boolean {
  return op.state === 'Printing' || op.state === 'Paused';
}

/** GET /api/printer; the caller answers 409 first when the state is Disconnected. */
export function printerBody(op: SimulatedOctoPrint) {
  const active = isActive(op);
  const error = op.state === 'Error';
  const operational = !error && op.state !== 'Disconnected';
  return {
    temperature: {
      // Targets only while a print runs; OctoPrint reports 0 for heaters that are off.
      tool0: { actual: op.tool0, target: active ? 215.0 : 0.0, offset: 0 },
      bed: { actual: op.bed, target: active ? 60.0 : 0.0, offset: 0 },
    },
    sd: { ready: true },
    state: {
      text: op.state,
      flags: {
        operational,
        paused: op.state === 'Paused',
        printing: op.state === 'Printing',
        cancelling: false,
        pausing: false,
        sdReady: true,
        error,
        ready: operational && !active,
        closedOrError: error,
      },
    },
  };
}

/** GET /api/job; fields the test left null stay null (the default, when nothing prints). */
export function jobBody(op: SimulatedOctoPrint) {
  const total = op.printTimeLeft !== null && op.completion !== null && op.completion > 0 && op.completion < 100
    ? Math.round(op.printTimeLeft / (1 - op.completion / 100))
    : null;
  const printTime = total !== null && op.printTimeLeft !== null ? total - op.printTimeLeft : null;
  return {
    job: {
      file: {
        name: op.fileName,
        path: op.fileName,
        display: op.fileName,
        origin: op.fileName === null ? null : 'local',
        size: op.fileName === null ? null : 1_234_567,
        date: op.fileName === null ? null : 1_700_000_000,
      },
      estimatedPrintTime: total,
      averagePrintTime: null,
      lastPrintTime: null,
      filament: null,
      user: op.fileName === null ? null : 'owner',
    },
    progress: {
      completion: op.completion,
      filepos: op.completion === null ? null : Math.round((op.completion / 100) * 1_234_567),
      printTime,
      printTimeLeft: op.printTimeLeft,
      printTimeLeftOrigin: op.printTimeLeft === null ? null : 'estimate',
    },
    // OctoPrint says "Offline" here when no printer is connected.
    state: op.state === 'Disconnected' ? 'Offline' : op.state,
  };
}
