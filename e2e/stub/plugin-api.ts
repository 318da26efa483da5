// OctoEverywhere's Plugin APIs (/octoeverywhere-command-api/…), rendered from the simulated printer.
// As the plugin does: HTTP 200 with {Status, Result?, Error?}, Content-Type text/json.
import { failure, success, type Args, type CommandAnswer } from './command-answer';
import { isObject, readBody, type Req, type Res } from './http-util';
import { CUT_OFF_BODY } from './octoprint';
import { runControlCommand } from './plugin-control';
import { currentLayer } from './printer-sim';
import type { Fate, SimPrinter, StubConnection } from './types';
import { handleWebcam } from './webcam';

export const COMMAND_PREFIX = '/octoeverywhere-command-api/';


function sendCommand(res: Res, body: CommandAnswer | string): void {
  res.writeHead(200, { 'Content-Type': 'text/json', 'Cache-Control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const round2 = (n: number): number => Math.round(n * 100) / 100;

export function listWebcams(p: SimPrinter) {
  return p.webcams === null ? {} : { DefaultIndex: p.defaultWebcam, Webcams: p.webcams };
}

/** `JobStatus` with each platform's habits: OctoPrint has no layers, lights or sub-state; Bambu no chamber. */
function jobStatus(p: SimPrinter) {
  const temps: Record<string, number> = {
    BedActual: round1(p.bed.actual),
    BedTarget: p.bed.target,
    HotendActual: round1(p.hotend.actual),
    HotendTarget: p.hotend.target,
  };
  if (p.chamber && p.platform !== 'bambu') Object.assign(temps, { ChamberActual: round1(p.chamber.actual), ChamberTarget: p.chamber.target });
  const octoprint = p.platform === 'octoprint';
  return {
    State: p.state,
    ...(octoprint ? {} : { SubState: p.subState }),
    Error: p.errorText,
    ...(octoprint ? {} : { Lights: p.lights }),
    CurrentPrint: {
      Progress: p.progress === null ? 0 : round2(p.progress),
      DurationSec: Math.round(p.elapsedSec ?? 0),
      TimeLeftSec: p.timeLeftSec === null ? null : Math.round(p.timeLeftSec),
      FileName: p.fileName,
      EstTotalFilUsedMm: p.filamentMm ?? 0,
      ...(p.filamentMg === null ? {} : { EstTotalFilWeightMg: p.filamentMg }),
      CurrentLayer: octoprint ? null : currentLayer(p),
      TotalLayers: octoprint ? null : p.totalLayers,
      Temps: temps,
    },
  };
}

export function statusResult(p: SimPrinter) {
  return {
    JobStatus: jobStatus(p),
    OctoEverywhereStatus:
      p.gadget === null ? null : { MostRecentPrintIdStr: p.printId, PrintStartTimeSec: 1_700_000_000, Gadget: { ...p.gadget, TimeSinceLastScoreSec: round1(p.gadget.TimeSinceLastScoreSec) } },
    PlatformVersion: p.platformVersion,
    Features: p.features,
    ListWebcams: listWebcams(p),
  };
}

/** The plugin-level fates, one row a fate: the plugin's code and words. ('malformed' cuts the body off instead.) */
const PLUGIN_FATES: Partial<Record<Fate, { code: number; text: string }>> = {
  toomanyclients: { code: 787, text: 'Too many clients are connected to the printer.' },
  noprintercredentials: { code: 789, text: 'The plugin has no valid credentials for the printer.' },
  hostnotconnected: { code: 785, text: 'Host not connected' },
};

/** A plugin fate's answer, before any command runs (ping and the webcam list need no printer). */
function fateAnswer(c: StubConnection, command: string): CommandAnswer | null {
  if (command === 'ping' || command === 'webcam/list' || command === 'list-webcam') return null;
  // A printer whose host software is disconnected answers as the fate 'hostnotconnected' does.
  const fate = PLUGIN_FATES[c.fate] ?? (c.printer.state === 'disconnected' ? PLUGIN_FATES.hostnotconnected : undefined);
  return fate ? failure(fate.code, fate.text) : null;
}

function answer(c: StubConnection, command: string, args: Args): CommandAnswer {
  const fate = fateAnswer(c, command);
  if (fate) return fate;
  switch (command) {
    case 'ping':
      return success({ Message: 'Pong' });
    case 'status':
      return success(statusResult(c.printer));
    case 'webcam/list':
    case 'list-webcam':
      return success(listWebcams(c.printer));
    default:
      return runControlCommand(c.printer, command, args) ?? failure(754, "The command path didn't match any known commands.");
  }
}

/** GET arguments come from the query (keys lower-cased); a POST body must be a JSON object, else 751. */
async function readArgs(req: Req, url: URL): Promise<Args | null> {
  if (req.method !== 'POST') return Object.fromEntries([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
  try {
    const value: unknown = JSON.parse(await readBody(req));
    return isObject(value) ? (value as Args) : null;
  } catch {
    return null;
  }
}

/** Answers a command path of connection `c` (credentials already checked by the relay). */
export async function handlePluginApi(req: Req, res: Res, url: URL, c: StubConnection): Promise<void> {
  const command = url.pathname.toLowerCase().slice(COMMAND_PREFIX.length).replace(/\/+$/, '');
  if (c.printer.platform === 'octoprint-old') return sendCommand(res, failure(754, "The command path didn't match any known commands."));
  // Raw routes: a picture or a stream, not the JSON envelope.
  if (command === 'webcam/snapshot' || command === 'webcam/stream') return handleWebcam(req, res, url, c, command);
  const args = await readArgs(req, url);
  if (args === null) return sendCommand(res, failure(751, 'Failed to parse the command arguments as JSON.'));
  if (c.fate === 'malformed' && command !== 'ping') return sendCommand(res, CUT_OFF_BODY);
  sendCommand(res, answer(c, command, args));
}
