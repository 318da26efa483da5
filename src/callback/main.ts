import { configuredOrigin, dashboardBaseUrl } from '../app-config';
import { CHANNEL_NAME, notifyDashboard, type DashboardMessage } from '../portal/messages';
import { callbackStore } from '../store/database';
import { sealingKey } from '../store/sealing';
import { finishCallback, type CallbackResult } from './finish';
import { showPlainResult } from './plain-result';

/**
 * The returnUrl page. Its first task: start opening the database and loading the sealing key (no
 * await before: they load while the answer is parsed), and take the credentials out of the address
 * bar and history. Then match, validate and store, and only then tell the dashboard and close:
 * nothing is held only in memory at the moment a window could go away.
 */
const store = callbackStore();
sealingKey(store).catch(() => {}); // a failure is met again, and said, where the connection is sealed
const href = location.href;
history.replaceState(null, '', location.pathname);

const ACK_WAIT_MS = 1500;

/**
 * The views: a file of their own, loaded only once the outcome is stored and told, so none of them
 * is on the path to the write. The address is the source's; the build writes in the built file's
 * (scripts/inline-callback.ts). A variable, so Vite wraps it in no preload helper (~0.4 kB).
 */
const VIEWS: string = '/src/callback/result-page.ts';

/** Shows the outcome; if the views cannot load (the network went away), says it in plain text. */
async function showResult(result: CallbackResult): Promise<void> {
  try {
    const views = (await import(/* @vite-ignore */ VIEWS)) as typeof import('./result-page');
    views.showResult(result, dashboardBaseUrl());
  } catch {
    showPlainResult(result);
  }
}

async function main(): Promise<void> {
  const result: CallbackResult = configuredOrigin
    ? await finishCallback(href, configuredOrigin, Date.now(), store)
    : { kind: 'no-attempt', reason: 'The dashboard is misconfigured. Nothing was stored.' };
  if (!('attempt' in result)) return showResult(result);
  const { nonce, mode } = result.attempt;
  if (mode === 'tab') {
    // This tab is the dashboard's own: go back, and the dashboard shows what happened.
    notifyDashboard(nonce);
    return location.replace(dashboardBaseUrl());
  }
  // A popup closes once a dashboard confirms it has the outcome. A browser may refuse to close
  // it: after a short wait the page says what happened, and stops listening.
  // Listening before announcing, so a quick answer is not missed. (One channel and one timer: no
  // Disposer, which this page's bytes would pay for.)
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = ({ data }: MessageEvent<Partial<DashboardMessage> | null>) => {
    if (data?.type === 'oe-attempt-seen' && data.nonce === nonce) window.close();
  };
  notifyDashboard(nonce);
  setTimeout(() => {
    channel.close();
    void showResult(result);
  }, ACK_WAIT_MS);
}

void main();
