import type { ControlCommand, ControlResult, ControlRun, ControlState } from '../state/controls';

/** A light's name as the card shows it: platforms say "chamber" or "caselight". */
export const lightWords = (name: string): string => (/light/i.test(name) ? name : `${name} light`);

/** The button's words while its command runs. */
export function busyWords(command: ControlCommand): string {
  switch (command.command) {
    case 'pause':
      return 'Pausing…';
    case 'resume':
      return 'Resuming…';
    case 'cancel':
      return 'Cancelling…';
    case 'home':
      return 'Homing…';
    case 'set-light':
      return command.on ? 'Turning on…' : 'Turning off…';
    case 'set-temp':
      return 'Setting…';
  }
}

/** The verb after "can’t": "The printer is idle, so it can’t pause now." */
function verb(command: ControlCommand): string {
  switch (command.command) {
    case 'cancel':
      return 'cancel a print';
    case 'set-light':
      return `turn its ${lightWords(command.name)} ${command.on ? 'on' : 'off'}`;
    case 'set-temp':
      return 'set temperatures';
    default:
      return command.command;
  }
}

const STATE_WORDS: Record<ControlState, string> = {
  idle: 'idle',
  'warming up': 'warming up',
  printing: 'printing',
  paused: 'paused',
  resuming: 'resuming',
  complete: 'done printing',
  cancelled: 'not printing',
  error: 'in an error state',
  unknown: 'in a state the dashboard does not know',
};

const HEATERS = [
  ['bedC', 'Bed'],
  ['toolC', 'Hotend'],
  ['chamberC', 'Chamber'],
] as const;

function doneWords(command: ControlCommand): string {
  switch (command.command) {
    case 'pause':
      return 'Paused.';
    case 'resume':
      return 'Resumed.';
    case 'cancel':
      return 'Cancelled.';
    case 'home':
      return 'Homing started.';
    case 'set-light':
      return `${lightWords(command.name)} turned ${command.on ? 'on' : 'off'}.`;
    case 'set-temp': {
      const set = HEATERS.flatMap(([key, name]) => (command[key] === undefined ? [] : [`${name} ${command[key]} °C`]));
      return `Set: ${set.join(', ')}.`;
    }
  }
}

/** The service's own answer (6xx), in the words the card uses for the connection. */
export function serviceWords(outcome: Extract<ControlResult, { kind: 'service' }>['outcome']): string {
  switch (outcome.kind) {
    case 'printer-offline':
      return 'Printer offline: the printer is not connected to OctoEverywhere right now.';
    case 'revoked':
      return 'Revoked: this App Connection was revoked or expired. Reconnect to use the printer here.';
    case 'supporter-perks-required':
      return 'Supporter Perks required: OctoEverywhere relays commands only for accounts with Supporter Perks.';
    case 'credentials-rejected':
      return 'Credentials rejected: OctoEverywhere rejected this connection’s credentials. Reconnect to get new ones.';
    case 'limit':
      return `Over your account’s limit (${outcome.code}).`;
    case 'oe-error':
      return `OctoEverywhere error: it answered with an error (${outcome.code}).`;
  }
}

/** What came of the last command, in one or two sentences; null while it runs. */
export function resultWords(run: ControlRun): string | null {
  const { command, result, state } = run;
  switch (result?.kind) {
    case undefined:
      return null;
    case 'ok':
      return doneWords(command);
    case 'invalid-state':
      return state
        ? `The printer is ${STATE_WORDS[state]}, so it can’t ${verb(command)} now.`
        : `The printer’s state does not allow it to ${verb(command)} now.`;
    case 'unsupported':
      return 'This printer can’t do that.';
    case 'plugin-error':
      return result.text ? `The printer refused: “${result.text}” (${result.code}).` : `The printer refused (${result.code}).`;
    case 'service':
      return serviceWords(result.outcome);
    case 'unreachable':
      return result.detail === 'timeout'
        ? 'No answer from the printer’s App Connection in time. The command may still have run: see the status.'
        : 'The request failed before any answer arrived; the command may not have reached the printer.';
    case 'unreadable':
      return 'The printer’s answer could not be read. The command may have run: see the status.';
    case 'refused':
      return result.message;
    case 'failed':
      return 'The command failed inside the dashboard (a bug). It may not have been sent: see the status.';
  }
}

/** Whether the words report a success (shown plainly) or a refusal (shown as a problem). */
export const resultIsOk = (run: ControlRun): boolean => run.result?.kind === 'ok';
