import { signal } from '@preact/signals';
import { appConfig, dashboardBaseUrl } from '../app-config';
import type { Connection } from '../model';
import { AttemptCancelledError, PopupBlockedError } from '../portal/errors';
import { openPopup, watchAttempt } from '../portal/popup';
import { buildReturnUrl, buildStartUrl, newNonce } from '../portal/start-url';
import { createAttempt, readAttempt } from '../store/attempts';
import type { AttemptRecord } from '../store/records';
import { viewOfError, viewOfRecord, type AttemptView } from './attempt-view';
import { reloadConnections } from './connections';

export const attemptView = signal<AttemptView>({ phase: 'idle' });

interface ActiveAttempt {
  popup: Window;
  nonce: string;
  controller: AbortController;
}

let active: ActiveAttempt | null = null;
let lastOptions: ConnectOptions = {};
/** Nonces this tab started: a message about any other attempt is ignored. */
export const startedNonces = new Set<string>();
/** Nonces whose outcome this tab's own watcher already read: the other wake-ups about them are echoes. */
const seenNonces = new Set<string>();

export interface ConnectOptions {
  /** Reconnect: the new connection replaces this one once stored. */
  replaces?: Connection;
}

/**
 * Starts a connect attempt. Call it synchronously from the click handler: it opens the window
 * before anything async happens. While an attempt runs, a second call only focuses its window.
 */
export function connect(options: ConnectOptions = {}): void {
  if (active) {
    active.popup.focus();
    return;
  }
  lastOptions = options;
  const popup = openPopup();
  if (!popup) {
    attemptView.value = viewOfError(new PopupBlockedError(), null);
    return;
  }
  const attempt: ActiveAttempt = { popup, nonce: newNonce(), controller: new AbortController() };
  active = attempt;
  startedNonces.add(attempt.nonce);
  attemptView.value = { phase: 'waiting', reconnecting: options.replaces ? options.replaces.printerName : null, severed: false };
  void run(attempt, options);
}

/** Runs one attempt to its end. The attempt stops being active the moment it settles. */
async function run(attempt: ActiveAttempt, options: ConnectOptions): Promise<void> {
  const { popup, nonce, controller } = attempt;
  const release = () => {
    if (active === attempt) active = null;
  };
  let record: AttemptRecord;
  try {
    await createAttempt({ nonce, mode: 'popup', replaces: options.replaces?.id, printerId: options.replaces?.printerId });
    if (controller.signal.aborted) throw new AttemptCancelledError();
    popup.location.href = startUrl(nonce, options);
    const onSevered = () => {
      const view = attemptView.value;
      if (view.phase === 'waiting') attemptView.value = { ...view, severed: true };
    };
    record = await watchAttempt({ popup, nonce, signal: controller.signal, readAttempt, onSevered });
    seenNonces.add(nonce);
  } catch (error) {
    release();
    if (!popup.closed) popup.close();
    attemptView.value = viewOfError(error, nonce);
    return;
  }
  release();
  await reloadConnections();
  attemptView.value = viewOfRecord(record);
}

function startUrl(nonce: string, options: ConnectOptions): string {
  return buildStartUrl(appConfig(), {
    returnUrl: buildReturnUrl(dashboardBaseUrl(), nonce),
    printerId: options.replaces?.printerId,
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
 * Where pop-ups are blocked (or on phones): this tab goes to the portal itself, and the callback
 * page brings it back here, where start-up shows the outcome.
 */
export async function continueInTab(options: ConnectOptions = lastOptions): Promise<void> {
  const nonce = newNonce();
  try {
    await createAttempt({ nonce, mode: 'tab', replaces: options.replaces?.id, printerId: options.replaces?.printerId });
    location.assign(startUrl(nonce, options));
  } catch (error) {
    attemptView.value = viewOfError(error, nonce);
  }
}

/** A result that arrived after its attempt was called cancelled or timed out still counts. */
export function noteLateResult(nonce: string, view: AttemptView): void {
  const current = attemptView.value;
  if (current.phase === 'ended' && current.nonce === nonce) attemptView.value = view;
  else if (current.phase === 'idle' && startedNonces.has(nonce)) attemptView.value = view;
}

/**
 * True when this tab's watcher is waiting for, or has already read, this attempt's outcome. The
 * callback page announces twice (to its opener and on the channel); only the first wake-up counts.
 */
export function watchedHere(nonce: string): boolean {
  return nonce === active?.nonce || seenNonces.has(nonce);
}
