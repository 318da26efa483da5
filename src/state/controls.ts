import { effect, type Signal } from '@preact/signals';
import { sendCommand, type CommandResult, type ControlCommand } from '../api/commands';
import { actionAllowed, checkTemperatureLimits, TEMPERATURE_LIMITS, type ControlAction } from '../api/command-rules';
import type { PrinterState } from '../printer/model';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { printerOf } from '../status/connection-status';
import type { PrinterModel } from '../printer/model';
import { keyedSignals } from './keyed-signals';
import type { StatusSignals } from './status-signals';

/** The printer states a control's rules and words read. */
export type ControlState = PrinterState;
export type { CommandResult, ControlAction, ControlCommand };
export { actionAllowed, TEMPERATURE_LIMITS };

/** What a command came to: the API's answer, or a failure inside the dashboard (a bug). */
export type ControlResult = CommandResult | { kind: 'failed' };

/** The last command sent to one printer from this tab, and (once answered) what came of it. */
export interface ControlRun {
  command: ControlCommand;
  /** Null while it runs. */
  result: ControlResult | null;
  /**
   * The printer's state once the answer was in: after a 786 the printer is re-checked first,
   * so the words name the state it is really in, not the one the card showed before.
   */
  state: ControlState | null;
}

export interface ControlDeps {
  send: (connection: Pick<Connection, 'url' | 'secrets'>, command: ControlCommand) => Promise<CommandResult>;
  /** How long a 786 waits for the re-check before it speaks without it. */
  recheckWaitMs: number;
}

/** The controls of one dashboard: the last command sent to each printer, and a way to send one. */
export interface Controls {
  runOf(id: string): Signal<ControlRun | null>;
  /**
   * Sends one command to one printer, then re-checks that printer so the card shows what it does
   * now. One command per printer at a time: a second (a double click) is refused here and sends
   * nothing. A temperature outside the limits is refused before any request. Resolves true when a
   * request was sent.
   */
  run(connection: Pick<Connection, 'id' | 'url' | 'secrets'>, command: ControlCommand): Promise<boolean>;
}

const browserDeps = (): ControlDeps => ({
  send: (connection, command) =>
    sendCommand(connection, appConfig(), command, { fetch: globalThis.fetch.bind(globalThis), signal: new AbortController().signal, dashboardOrigin: location.origin }),
  recheckWaitMs: 10_000,
});

/** Resolves once no check of `id` runs (at once when none does), or after `ms`. */
function checkSettled(checking: Signal<boolean>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    stop = effect(() => {
      if (checking.value) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

export function createControls({ statuses }: { statuses: StatusSignals }, deps: ControlDeps = browserDeps()): Controls {
  const runOf = keyedSignals<ControlRun | null>(null).of;
  /** The printer as the card knows it now; null when it is not online with a reading. */
  const knownPrinter = (id: string): PrinterModel | null => printerOf(statuses.statusOf(id).peek());

  return {
    runOf,
    async run(connection, command) {
      const { id } = connection;
      const run = runOf(id);
      if (run.peek()?.result === null) return false;
      if (command.command === 'set-temp') {
        const check = checkTemperatureLimits({ bedC: command.bedC, chamberC: command.chamberC, toolC: command.toolC });
        if (!check.ok) {
          run.value = { command, result: { kind: 'refused', message: check.message }, state: null };
          return false;
        }
      }
      run.value = { command, result: null, state: null };
      const printId = knownPrinter(id)?.printId;
      let result: ControlResult;
      try {
        result = await deps.send(connection, command);
      } catch {
        result = { kind: 'failed' };
      }
      // The user paused it here: no tab needs to tell them (claimed before the re-check sees it).
      if (command.command === 'pause' && result.kind === 'ok') await quietPause(id, printId);
      statuses.checkNow(id);
      if (result.kind === 'invalid-state') await checkSettled(statuses.checkingOf(id), deps.recheckWaitMs);
      run.value = { command, result, state: knownPrinter(id)?.state ?? null };
      return true;
    },
  };
}

async function quietPause(id: string, printId: string | undefined): Promise<unknown> {
  const { browserClaimDeps, claimEvent, claimWindowMs, eventKey } = await import('../notify/claim');
  return claimEvent(eventKey(id, 'paused', printId), browserClaimDeps(claimWindowMs(appConfig().pollIntervalMs))).catch(() => false);
}
