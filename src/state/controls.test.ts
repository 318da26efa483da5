import { describe, expect, it, vi } from 'vitest';
import type { CommandResult, ControlCommand } from '../api/commands';
import type { Connection } from '../model';
import { browserClaimDeps, claimEvent, eventKey } from '../notify/claim';
import type { PrinterModel } from '../printer/model';
import type { ConnectionStatus } from '../status/connection-status';
import { createControls, type ControlDeps } from './controls';
import { createStatusSignals } from './status-signals';

let next = 0;
const connection = (): Pick<Connection, 'id' | 'url' | 'secrets'> => {
  next += 1;
  return { id: `c${next}`, url: `https://app-c${next}.example.com`, secrets: { appApiToken: 'T', bearerToken: 'B' } };
};

const online = (state: PrinterModel['state'], printId?: string): ConnectionStatus => ({
  kind: 'online',
  checkedAt: 0,
  info: null,
  note: null,
  printer: { source: 'plugin', state, temperatures: {}, ...(printId ? { printId } : {}) },
});

/** A `send` whose answers the test hands out one by one; records every command sent. */
function fakeSend() {
  const sent: ControlCommand[] = [];
  const answers: ((result: CommandResult) => void)[] = [];
  const send: ControlDeps['send'] = (_connection, command) => {
    sent.push(command);
    return new Promise((resolve) => answers.push(resolve));
  };
  return { sent, send, answer: (result: CommandResult) => answers.shift()?.(result) };
}

/** A dashboard's statuses, and its controls sending through `send`. */
function setup(send: ControlDeps['send'], recheckWaitMs = 100) {
  const statuses = createStatusSignals();
  return { statuses, controls: createControls({ statuses }, { send, recheckWaitMs }) };
}

describe('controls.run', () => {
  it('sends one command for a double click: the second is refused while the first runs', async () => {
    const c = connection();
    const { sent, send, answer } = fakeSend();
    const { statuses, controls } = setup(send, 100);
    const first = controls.run(c, { command: 'pause' });
    const second = controls.run(c, { command: 'pause' });
    await expect(second).resolves.toBe(false);
    expect(controls.runOf(c.id).value).toEqual({ command: { command: 'pause' }, result: null, state: null });
    answer({ kind: 'ok', result: null });
    await expect(first).resolves.toBe(true);
    expect(sent).toEqual([{ command: 'pause' }]);
    // Once answered, the next command goes.
    const third = controls.run(c, { command: 'resume' });
    answer({ kind: 'ok', result: null });
    await expect(third).resolves.toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('re-checks the printer once answered', async () => {
    const c = connection();
    const { send, answer } = fakeSend();
    const { statuses, controls } = setup(send, 100);
    const checked: string[] = [];
    statuses.setChecker((id) => checked.push(id));
    const done = controls.run(c, { command: 'cancel' });
    expect(checked).toEqual([]);
    answer({ kind: 'ok', result: null });
    await done;
    expect(checked).toEqual([c.id]);
    expect(controls.runOf(c.id).value?.result).toEqual({ kind: 'ok', result: null });
  });

  it('refuses a temperature outside the limits in words, with no request and no re-check', async () => {
    const c = connection();
    const { sent, send } = fakeSend();
    const { statuses, controls } = setup(send, 100);
    const checked: string[] = [];
    statuses.setChecker((id) => checked.push(id));
    await expect(controls.run(c, { command: 'set-temp', bedC: 120 })).resolves.toBe(false);
    expect(sent).toEqual([]);
    expect(checked).toEqual([]);
    expect(controls.runOf(c.id).value?.result).toEqual({ kind: 'refused', message: 'The bed can be set from 0 to 75 °C, not 120 °C.' });
  });

  it('after a 786, names the state the re-check found rather than the one shown before', async () => {
    const c = connection();
    const { send, answer } = fakeSend();
    const { statuses, controls } = setup(send, 1000);
    statuses.statusOf(c.id).value = online('printing');
    // The re-check answers a moment later: the print had finished meanwhile.
    statuses.setChecker((id) => {
      statuses.checkingOf(id).value = true;
      setTimeout(() => {
        statuses.statusOf(id).value = online('complete');
        statuses.checkingOf(id).value = false;
      }, 5);
    });
    const done = controls.run(c, { command: 'pause' });
    answer({ kind: 'invalid-state', text: 'The printer is not printing.' });
    await done;
    expect(controls.runOf(c.id).value).toMatchObject({ result: { kind: 'invalid-state' }, state: 'complete' });
  });

  it('a 786 whose re-check does not answer speaks after the wait, with the state it knows', async () => {
    const c = connection();
    const { send, answer } = fakeSend();
    const { statuses, controls } = setup(send, 20);
    statuses.statusOf(c.id).value = online('idle');
    statuses.setChecker((id) => (statuses.checkingOf(id).value = true));
    const done = controls.run(c, { command: 'resume' });
    answer({ kind: 'invalid-state', text: null });
    await done;
    expect(controls.runOf(c.id).value).toMatchObject({ result: { kind: 'invalid-state' }, state: 'idle' });
    statuses.checkingOf(c.id).value = false;
  });

  it('a send that throws ends the run (never stuck busy) as a failure', async () => {
    const c = connection();
    const send: ControlDeps['send'] = () => Promise.reject(new TypeError('bug'));
    const { statuses, controls } = setup(send, 100);
    await expect(controls.run(c, { command: 'home' })).resolves.toBe(true);
    expect(controls.runOf(c.id).value?.result).toEqual({ kind: 'failed' });
  });
});

describe('a pause sent from the dashboard', () => {
  it('is not notified back to the user: the event is claimed before the re-check sees it', async () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) });
    try {
      const c = connection();
      const { send, answer } = fakeSend();
      const { statuses, controls } = setup(send, 100);
      statuses.statusOf(c.id).value = online('printing', 'p7');
      const done = controls.run(c, { command: 'pause' });
      answer({ kind: 'ok', result: null });
      await done;
      await expect(claimEvent(eventKey(c.id, 'paused', 'p7'), browserClaimDeps(60_000))).resolves.toBe(false);
      // A pause of another printer, or from elsewhere, is still news.
      await expect(claimEvent(eventKey('other', 'paused', 'p7'), browserClaimDeps(60_000))).resolves.toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
