import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { appConfig, dashboardBaseUrl } from '../app-config';
import type { Connection } from '../model';
import { AttemptCancelledError, PopupBlockedError } from '../portal/errors';
import { openPopup, watchAttempt } from '../portal/popup';
import { newNonce } from '../portal/nonce';
import { buildReturnUrl, buildStartUrl } from '../portal/start-url';
import { createAttempt, readAttempt } from '../store/attempts';
import type { AttemptRecord } from '../store/records';
import type { AttemptView } from './connect-outcome';
import type { Connections } from './connections';

export interface ConnectOptions {
  /** Reconnect: the new connection replaces this one once stored, if it is for the same printer. */
  replaces?: Connection;
}

/** The connect flow of one dashboard: its current or last attempt, and what can be done with it. */
export interface Attempts {
  readonly view: Signal<AttemptView>;
  /** What the panel shows: the attempt's view, less whatever stopped being true since (a card removed). */
  readonly shownView: ReadonlySignal<AttemptView>;
  /**
   * Starts a connect attempt. Call it synchronously from the click handler: it opens the window
   * before anything async happens. Never a no-op: while the attempt's window is open, it focuses
   * it; once that window reads closed, that attempt is over (a late result still counts) and this
   * click starts a new one, with a new nonce and a new window.
   */
  connect(options?: ConnectOptions): void;
  /** Tries the last attempt again (after a blocked window), a reconnect staying a reconnect. */
  retry(): void;
  /** Brings the portal window to the front. */
  showWindow(): void;
  /** Ends the running attempt; its window closes. A late answer is still stored, never lost. */
  cancel(): void;
  dismiss(): void;
  /**
   * The answer to "this printer already had a card": replace it (the new card takes its place and
   * local name) or keep both, which is what is stored already.
   */
  answerDuplicate(replace: boolean): Promise<void>;
  /**
   * Where pop-ups are blocked (or on phones): this tab goes to the portal itself, and the callback
   * page brings it back here, where start-up shows the outcome.
   */
  continueInTab(options?: ConnectOptions): Promise<void>;
  /** True for an attempt this tab started: a message about any other attempt is ignored. */
  startedHere(nonce: string): boolean;
  /**
   * True when this tab's watcher is waiting for, or has already read, this attempt's outcome. The
   * callback page announces twice (to its opener and on the channel); only the first wake-up counts.
   */
  watchedHere(nonce: string): boolean;
  /**
   * A result that arrived after its attempt was called over (window closed, cancelled, timed out)
   * still counts. One that arrives for a window that read closed, with no word from that window
   * itself, is the evidence that the portal had only cut its link to this page: the view says so.
   */
  noteLateResult(record: AttemptRecord, openerSpoke: boolean): Promise<void>;
}

interface ActiveAttempt {
  popup: Window;
  nonce: string;
  controller: AbortController;
}

/**
 * The words of every way an attempt ends: needed only once one ends, so they load then (the
 * dashboard starts loading them right after the first screen).
 */
export const outcomeWords = () => import('./connect-outcome');

function startUrl(nonce: string, replaces: Connection | undefined): string {
  return buildStartUrl(appConfig(), {
    returnUrl: buildReturnUrl(dashboardBaseUrl(), nonce),
    printerId: replaces?.printerId,
  });
}

export function createAttempts(connections: Connections): Attempts {
  const view = signal<AttemptView>({ phase: 'idle' });
  const shownView = computed<AttemptView>(() => {
    const current = view.value;
    if (current.phase !== 'ended' || !connections.loaded.value) return current;
    const ids = new Set(connections.list.value.map((c) => c.id));
    if (current.connectionId && !ids.has(current.connectionId)) return { phase: 'idle' };
    if (current.duplicate && !ids.has(current.duplicate.id)) return { ...current, duplicate: undefined };
    return current;
  });
  let active: ActiveAttempt | null = null;
  /** Bumped by every Connect: an attempt left behind by a newer one no longer writes the view. */
  let generation = 0;
  let lastOptions: ConnectOptions = {};
  const startedNonces = new Set<string>();
  /** Nonces whose outcome this tab's own watcher already read: the other wake-ups about them are echoes. */
  const seenNonces = new Set<string>();

  /** The stored connection as it is now: its printer id may have been learned since the card rendered. */
  const latest = ({ replaces }: ConnectOptions): Connection | undefined =>
    replaces && (connections.list.peek().find((c) => c.id === replaces.id) ?? replaces);

  /** Runs one attempt to its end. The attempt stops being active the moment it settles. */
  async function run(attempt: ActiveAttempt, replaces: Connection | undefined, turn: number): Promise<void> {
    const { popup, nonce, controller } = attempt;
    const current = () => turn === generation;
    const release = () => {
      if (active === attempt) active = null;
    };
    let record: AttemptRecord;
    try {
      await createAttempt({ nonce, mode: 'popup', replaces: replaces?.id, printerId: replaces?.printerId });
      if (controller.signal.aborted) throw new AttemptCancelledError();
      popup.location.href = startUrl(nonce, replaces);
      record = await watchAttempt({ popup, nonce, signal: controller.signal, readAttempt });
      seenNonces.add(nonce);
    } catch (error) {
      release();
      if (!current()) return;
      if (!popup.closed) popup.close();
      const { viewOfError } = await outcomeWords();
      if (current()) view.value = viewOfError(error, nonce);
      return;
    }
    release();
    const [{ viewOfRecord }] = await Promise.all([outcomeWords(), connections.reload()]);
    if (current()) view.value = viewOfRecord(record);
  }

  function connect(options: ConnectOptions = {}): void {
    if (active && !active.popup.closed) {
      active.popup.focus();
      return;
    }
    active?.controller.abort();
    active = null;
    const turn = ++generation;
    lastOptions = options;
    const popup = openPopup();
    if (!popup) {
      void outcomeWords().then(({ viewOfError }) => {
        if (turn === generation) view.value = viewOfError(new PopupBlockedError(), null);
      });
      return;
    }
    const attempt: ActiveAttempt = { popup, nonce: newNonce(), controller: new AbortController() };
    active = attempt;
    startedNonces.add(attempt.nonce);
    const replaces = latest(options);
    view.value = { phase: 'waiting', reconnecting: replaces ? replaces.label || replaces.printerName : null };
    void run(attempt, replaces, turn);
  }

  return {
    view,
    shownView,
    connect,
    retry: () => connect(lastOptions),
    showWindow: () => active?.popup.focus(),
    cancel: () => active?.controller.abort(),
    dismiss() {
      if (view.value.phase === 'ended') view.value = { phase: 'idle' };
    },
    async answerDuplicate(replace) {
      const shown = view.value;
      if (shown.phase !== 'ended' || !shown.duplicate || !shown.connectionId) return;
      const { duplicate, connectionId } = shown;
      if (replace && !(await connections.change(async () => (await import('../store/edit')).replaceOldCard(duplicate.id, connectionId)))) return;
      const after = replace ? `The old card (${duplicate.name}) was replaced.` : 'Both cards were kept.';
      if (view.value === shown) view.value = { ...shown, duplicate: undefined, message: `${shown.message} ${after}` };
    },
    async continueInTab(options = lastOptions) {
      const nonce = newNonce();
      const replaces = latest(options);
      try {
        await createAttempt({ nonce, mode: 'tab', replaces: replaces?.id, printerId: replaces?.printerId });
        location.assign(startUrl(nonce, replaces));
      } catch (error) {
        view.value = (await outcomeWords()).viewOfError(error, nonce);
      }
    },
    startedHere: (nonce) => startedNonces.has(nonce),
    watchedHere: (nonce) => nonce === active?.nonce || seenNonces.has(nonce),
    async noteLateResult(record, openerSpoke) {
      const { nonce } = record;
      const { viewOfRecord, LINK_CUT_NOTE } = await outcomeWords();
      const late = viewOfRecord(record);
      const current = view.value;
      if (current.phase === 'ended' && current.nonce === nonce) {
        view.value = current.outcome === 'window-closed' && !openerSpoke ? { ...late, note: LINK_CUT_NOTE } : late;
      } else if (current.phase === 'idle' && startedNonces.has(nonce)) {
        view.value = late;
      }
    },
  };
}
