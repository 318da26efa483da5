import { computed, signal } from '@preact/signals';
import { appConfig, dashboardBaseUrl } from '../app-config';
import type { Connection } from '../model';
import { AttemptCancelledError, PopupBlockedError } from '../portal/errors';
import { openPopup, watchAttempt } from '../portal/popup';
import { newNonce } from '../portal/nonce';
import { buildReturnUrl, buildStartUrl } from '../portal/start-url';
import { createAttempt, readAttempt, replaceOldCard } from '../store/attempts';
import type { AttemptRecord } from '../store/records';
import { LINK_CUT_NOTE, viewOfError, viewOfRecord, type AttemptView, type EndedView } from './connect-outcome';
import { changeConnections, connections, connectionsLoaded, reloadConnections } from './connections';

export const attemptView = signal<AttemptView>({ phase: 'idle' });

/** What the panel shows: the attempt's view, less whatever stopped being true since (a card removed). */
export const shownAttemptView = computed<AttemptView>(() => {
  const view = attemptView.value;
  if (view.phase !== 'ended' || !connectionsLoaded.value) return view;
  const ids = new Set(connections.value.map((c) => c.id));
  if (view.connectionId && !ids.has(view.connectionId)) return { phase: 'idle' };
  if (view.duplicate && !ids.has(view.duplicate.id)) return { ...view, duplicate: undefined };
  return view;
});

interface ActiveAttempt {
  popup: Window;
  nonce: string;
  controller: AbortController;
}

let active: ActiveAttempt | null = null;
/** Bumped by every Connect: an attempt left behind by a newer one no longer writes the view. */
let generation = 0;
let lastOptions: ConnectOptions = {};
/** Nonces this tab started: a message about any other attempt is ignored. */
export const startedNonces = new Set<string>();
/** Nonces whose outcome this tab's own watcher already read: the other wake-ups about them are echoes. */
const seenNonces = new Set<string>();

export interface ConnectOptions {
  /** Reconnect: the new connection replaces this one once stored, if it is for the same printer. */
  replaces?: Connection;
}

/** The stored connection as it is now: its printer id may have been learned since the card rendered. */
function latest(options: ConnectOptions): Connection | undefined {
  const { replaces } = options;
  return replaces && (connections.peek().find((c) => c.id === replaces.id) ?? replaces);
}

/**
 * Starts a connect attempt. Call it synchronously from the click handler: it opens the window
 * before anything async happens. Never a no-op: while the attempt's window is open, it focuses
 * it; once that window reads closed, that attempt is over (a late result still counts) and this
 * click starts a new one, with a new nonce and a new window.
 */
export function connect(options: ConnectOptions = {}): void {
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
    attemptView.value = viewOfError(new PopupBlockedError(), null);
    return;
  }
  const attempt: ActiveAttempt = { popup, nonce: newNonce(), controller: new AbortController() };
  active = attempt;
  startedNonces.add(attempt.nonce);
  const replaces = latest(options);
  attemptView.value = { phase: 'waiting', reconnecting: replaces ? replaces.label || replaces.printerName : null };
  void run(attempt, replaces, turn);
}

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
    attemptView.value = viewOfError(error, nonce);
    return;
  }
  release();
  await reloadConnections();
  if (current()) attemptView.value = viewOfRecord(record);
}

function startUrl(nonce: string, replaces: Connection | undefined): string {
  return buildStartUrl(appConfig(), {
    returnUrl: buildReturnUrl(dashboardBaseUrl(), nonce),
    printerId: replaces?.printerId,
  });
}

/** Tries the last attempt again (after a blocked window), a reconnect staying a reconnect. */
export function retryConnect(): void {
  connect(lastOptions);
}

/** Brings the portal window to the front. */
export function showWindow(): void {
  active?.popup.focus();
}

/** Ends the running attempt; its window closes. A late answer is still stored, never lost. */
export function cancelAttempt(): void {
  active?.controller.abort();
}

export function dismissOutcome(): void {
  if (attemptView.value.phase === 'ended') attemptView.value = { phase: 'idle' };
}

/**
 * The answer to "this printer already had a card": replace it (the new card takes its place and
 * local name) or keep both, which is what is stored already.
 */
export async function answerDuplicate(replace: boolean): Promise<void> {
  const view = attemptView.value;
  if (view.phase !== 'ended' || !view.duplicate || !view.connectionId) return;
  const { duplicate, connectionId } = view;
  if (replace && !(await changeConnections(() => replaceOldCard(duplicate.id, connectionId)))) return;
  const after = replace ? `The old card (${duplicate.name}) was replaced.` : 'Both cards were kept.';
  if (attemptView.value === view) attemptView.value = { ...view, duplicate: undefined, message: `${view.message} ${after}` };
}

/**
 * Where pop-ups are blocked (or on phones): this tab goes to the portal itself, and the callback
 * page brings it back here, where start-up shows the outcome.
 */
export async function continueInTab(options: ConnectOptions = lastOptions): Promise<void> {
  const nonce = newNonce();
  const replaces = latest(options);
  try {
    await createAttempt({ nonce, mode: 'tab', replaces: replaces?.id, printerId: replaces?.printerId });
    location.assign(startUrl(nonce, replaces));
  } catch (error) {
    attemptView.value = viewOfError(error, nonce);
  }
}

/**
 * A result that arrived after its attempt was called over (window closed, cancelled, timed out)
 * still counts. One that arrives for a window that read closed, with no word from that window
 * itself, is the evidence that the portal had only cut its link to this page: the view says so.
 */
export function noteLateResult(nonce: string, view: EndedView, openerSpoke: boolean): void {
  const current = attemptView.value;
  if (current.phase === 'ended' && current.nonce === nonce) {
    attemptView.value = current.outcome === 'window-closed' && !openerSpoke ? { ...view, note: LINK_CUT_NOTE } : view;
  } else if (current.phase === 'idle' && startedNonces.has(nonce)) {
    attemptView.value = view;
  }
}

/**
 * True when this tab's watcher is waiting for, or has already read, this attempt's outcome. The
 * callback page announces twice (to its opener and on the channel); only the first wake-up counts.
 */
export function watchedHere(nonce: string): boolean {
  return nonce === active?.nonce || seenNonces.has(nonce);
}
