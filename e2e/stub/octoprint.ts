// OctoPrint's own routes (through the relay, X-Api-Key required), rendered from the simulated printer.
import { header, sendJson, sendText, type Req, type Res } from './http-util';
import { isActive } from './printer-sim';
import type { SimPrinter, StubConnection } from './types';

const round1 = (n: number): number => Math.round(n * 10) / 10;
const round2 = (n: number): number => Math.round(n * 100) / 100;

export function versionBody(p: SimPrinter) {
  return { api: '0.1', server: p.platformVersion, text: `OctoPrint ${p.platformVersion}` };
}

/** OctoPrint's state text for the simulated state (it has no "warming up": heating is printing). */
function stateText(p: SimPrinter): string {
  switch (p.state) {
    case 'warmingup':
    case 'printing':
      return 'Printing';
    case 'paused':
      return 'Paused';
    case 'resuming':
      return 'Resuming';
    case 'error':
      return p.errorText ? `Error: ${p.errorText}` : 'Error';
    case 'disconnected':
      return 'Offline';
    default:
      return 'Operational';
  }
}

/** GET /api/printer; the caller answers 409 first when the printer is disconnected. */
export function printerBody(p: SimPrinter) {
  const heater = (h: { actual: number; target: number }) => ({ actual: round1(h.actual), target: h.target, offset: 0 });
  const error = p.state === 'error';
  const active = isActive(p.state);
  return {
    temperature: { tool0: heater(p.hotend), bed: heater(p.bed), ...(p.chamber ? { chamber: heater(p.chamber) } : {}) },
    sd: { ready: true },
    state: {
      text: stateText(p),
      flags: {
        operational: !error,
        paused: p.state === 'paused',
        printing: p.state === 'printing' || p.state === 'warmingup' || p.state === 'resuming',
        cancelling: false,
        pausing: false,
        sdReady: true,
        error,
        ready: !error && !active,
        closedOrError: error,
      },
    },
  };
}

/** GET /api/job; what the simulation does not know stays null, as OctoPrint's own answer does. */
export function jobBody(p: SimPrinter) {
  const name = p.fileName;
  const total = p.elapsedSec !== null && p.timeLeftSec !== null ? Math.round(p.elapsedSec + p.timeLeftSec) : null;
  return {
    job: {
      file: { name, path: name, display: name, origin: name === null ? null : 'local', size: name === null ? null : 1_234_567, date: name === null ? null : 1_700_000_000 },
      estimatedPrintTime: total,
      averagePrintTime: null,
      lastPrintTime: null,
      filament: p.filamentMm === null ? null : { tool0: { length: p.filamentMm, volume: round2(p.filamentMm * 0.0024) } },
      user: name === null ? null : 'owner',
    },
    progress: {
      completion: p.progress === null ? null : round2(p.progress),
      filepos: p.progress === null ? null : Math.round((p.progress / 100) * 1_234_567),
      printTime: p.elapsedSec === null ? null : Math.round(p.elapsedSec),
      printTimeLeft: p.timeLeftSec === null ? null : Math.round(p.timeLeftSec),
      printTimeLeftOrigin: p.timeLeftSec === null ? null : 'estimate',
    },
    state: stateText(p),
  };
}

/** A 200 whose JSON body stops half-way, as a broken proxy or a crashed plugin might send. */
export const CUT_OFF_BODY = '{"Status": 200, "Result": {"JobStatus": {"State": "printi';

/** OctoPrint's routes. The connection's key must come as X-Api-Key (none fails every key, as OctoPrint does). */
export function handleOctoPrint(req: Req, res: Res, url: URL, c: StubConnection): void {
  if (c.octoPrintApiKey === null || header(req, 'x-api-key') !== c.octoPrintApiKey) {
    return sendJson(res, 403, { error: 'Forbidden' });
  }
  const p = c.printer;
  const disconnected = c.fate === 'hostnotconnected' || p.state === 'disconnected';
  const route = req.method === 'GET' ? url.pathname : null;
  if (c.fate === 'malformed' && (route === '/api/job' || route === '/api/printer')) return sendText(res, 200, CUT_OFF_BODY);
  switch (route) {
    case '/api/version':
      return sendJson(res, 200, versionBody(p));
    case '/api/printer':
      if (disconnected) return sendText(res, 409, 'Printer is not operational');
      return sendJson(res, 200, printerBody(p));
    case '/api/job':
      return sendJson(res, 200, disconnected ? { ...jobBody(p), state: 'Offline' } : jobBody(p));
    case '/api/settings':
      return sendJson(res, 200, { webcam: { snapshotUrl: null, streamUrl: null } });
    // The OctoEverywhere plugin's own OctoPrint API: which OctoEverywhere printer this is.
    case '/api/plugin/octoeverywhere':
      return sendJson(res, 200, { PluginVersion: '4.1.0', PrinterId: c.printerId });
    default:
      return sendJson(res, 404, { error: 'Not found' });
  }
}
