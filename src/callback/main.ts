import { configuredOrigin, dashboardBaseUrl } from '../app-config';
import { Disposer, timeout } from '../portal/disposer';
import { notifyDashboard, onChannelMessage } from '../portal/messages';
import { defaultGetStore } from '../store/database';
import { sealingKey } from '../store/sealing';
import { finishCallback, type CallbackResult } from './finish';
import { showResult } from './result-page';

/**
 * The returnUrl page. First act: take the credentials out of the address bar and history. Then
 * match, validate and store, and only then tell the dashboard and close: nothing is held only in
 * memory at the moment a window could go away.
 */
// Storage first: the database opens and the sealing key loads while the answer is parsed.
const store = defaultGetStore();
sealingKey(store).catch(() => {});
const href = location.href;
history.replaceState(null, '', location.pathname);

const ACK_WAIT_MS = 1500;

async function main(): Promise<void> {
  const result: CallbackResult = configuredOrigin
    ? await finishCallback(href, configuredOrigin, Date.now(), store)
    : { kind: 'no-attempt', reason: 'The dashboard is misconfigured. Nothing was stored.' };
  if (!('attempt' in result)) return showResult(result, dashboardBaseUrl());
  const { nonce, mode } = result.attempt;
  if (mode === 'tab') {
    // This tab is the dashboard's own: go back, and the dashboard shows what happened.
    notifyDashboard(nonce);
    return location.replace(dashboardBaseUrl());
  }
  // A popup closes once a dashboard confirms it has the outcome. A browser may refuse to close
  // it: after a short wait the page says what happened, and stops listening.
  const disposer = new Disposer();
  // Listening before announcing, so a quick answer is not missed.
  onChannelMessage(disposer, (message) => {
    if (message.type === 'oe-attempt-seen' && message.nonce === nonce) window.close();
  });
  notifyDashboard(nonce);
  timeout(
    disposer,
    () => {
      disposer.dispose();
      showResult(result, dashboardBaseUrl());
    },
    ACK_WAIT_MS,
  );
}

void main();
