import type { Config } from '../config';
import type { Connection } from '../model';
import { checkTemperatureLimits } from './command-rules';
import { relayUrl } from './endpoints';
import { failedOutcome, unreachable } from './failures';
import { requestJson, type JsonResponse } from './http';
import type { CodeMeaning } from './status-codes';
import { isSuccess, readEnvelope } from './plugin-envelope';
import { relayHeaders } from './relay-headers';

/**
 * The Plugin API controls: `POST {App Connection URL}/octoeverywhere-command-api/<command>` with a
 * JSON body (`{}` when the command takes none: the plugin parses every POST body as JSON), through
 * the relay with the connection's Authorization (and X-Api-Key). Axis moves and extrusion are
 * deliberately absent: not from a dashboard card.
 */
export type ControlCommand =
  | { command: 'pause' }
  | { command: 'resume' }
  | { command: 'cancel' }
  | { command: 'home' }
  | { command: 'set-light'; name: string; on: boolean }
  | { command: 'set-temp'; bedC?: number; chamberC?: number; toolC?: number; toolNumber?: number };

type Failure<K extends string, T = object> = { kind: K } & T;

export type CommandResult =
  /** `result` is the envelope's Result, when it had one. */
  | { kind: 'ok'; result: unknown }
  /** 786: the printer's state does not allow it (e.g. pause while not printing). */
  | Failure<'invalid-state', { text: string | null }>
  /** 788: this printer's platform cannot do it. */
  | Failure<'unsupported', { text: string | null }>
  /** Any other plugin code (750–789, or the command's own 4xx/5xx such as 400 for set-temp over a limit). */
  | Failure<'plugin-error', { code: number; text: string | null }>
  /** OctoEverywhere's own answer (6xx) or another HTTP failure: read as for the connection. */
  | Failure<'service', { outcome: Exclude<CodeMeaning, { kind: 'ok' }> }>
  | Failure<'unreachable', { detail: 'network' | 'timeout' }>
  /** A 2xx whose body is not the envelope: the command may have run. */
  | Failure<'unreadable'>
  /** Refused here, before any request (a temperature outside the limits). */
  | Failure<'refused', { message: string }>;

export interface CommandDeps {
  fetch: typeof fetch;
  signal: AbortSignal;
  /** `location.origin`: the base of proxy-mode URLs. */
  dashboardOrigin: string;
  timeoutMs?: number;
}

export const COMMAND_PATH = '/octoeverywhere-command-api';

/** The JSON body the plugin expects, or the words that refuse it. */
function bodyOf(command: ControlCommand): { body: Record<string, unknown> } | { refused: string } {
  switch (command.command) {
    case 'set-light':
      return { body: { Name: command.name, On: command.on } };
    case 'set-temp': {
      const check = checkTemperatureLimits({ bedC: command.bedC, chamberC: command.chamberC, toolC: command.toolC });
      if (!check.ok) return { refused: check.message };
      const { toolNumber } = command;
      if (toolNumber !== undefined && (!Number.isInteger(toolNumber) || toolNumber < 0)) return { refused: 'The tool number must be a whole number, 0 or more.' };
      const { bedC, chamberC, toolC } = check.temperatures;
      const body = { BedC: bedC, ChamberC: chamberC, ToolC: toolC, ToolNumber: toolNumber };
      return { body: Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
    }
    default:
      return { body: {} };
  }
}

const serviceFailure = (code: number): CommandResult => ({ kind: 'service', outcome: failedOutcome(code) });

function pluginFailure(code: number, text: string | null): CommandResult {
  if (code >= 600 && code <= 699) return serviceFailure(code);
  if (code === 786) return { kind: 'invalid-state', text };
  if (code === 788) return { kind: 'unsupported', text };
  return { kind: 'plugin-error', code, text };
}

/** The answer's meaning: HTTP 6xx is the service's; otherwise the envelope decides, whatever its Content-Type. */
function commandResult(answer: JsonResponse): CommandResult {
  const envelope = readEnvelope(answer.json);
  if (!isSuccess(answer.status)) {
    const pluginCode = envelope?.status ?? null;
    // A command's own HTTP error (not the service's 6xx) may still carry the plugin's code and words.
    if (answer.status < 600 && pluginCode !== null && !isSuccess(pluginCode)) return pluginFailure(pluginCode, envelope?.error ?? null);
    return serviceFailure(answer.status);
  }
  if (!envelope) return { kind: 'unreadable' };
  if (envelope.status === null) return envelope.hasResult ? { kind: 'ok', result: envelope.result } : { kind: 'unreadable' };
  if (!isSuccess(envelope.status)) return pluginFailure(envelope.status, envelope.error);
  return { kind: 'ok', result: envelope.hasResult ? envelope.result : null };
}

/** Sends one command. Resolves with every outcome; rejects only when `deps.signal` aborts. */
export async function sendCommand(
  connection: Pick<Connection, 'url' | 'secrets'>,
  config: Config,
  command: ControlCommand,
  deps: CommandDeps,
): Promise<CommandResult> {
  const prepared = bodyOf(command);
  if ('refused' in prepared) return { kind: 'refused', message: prepared.refused };
  const url = relayUrl(config, connection.url, `${COMMAND_PATH}/${command.command}`, deps.dashboardOrigin);
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', ...relayHeaders(connection.secrets) };
  try {
    return commandResult(await requestJson(url, { method: 'POST', headers, body: JSON.stringify(prepared.body) }, deps));
  } catch (error) {
    return unreachable(error);
  }
}
