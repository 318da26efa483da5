import { broadcast, CHANNEL_NAME, readMessage } from '../portal/messages';
import { finishCallback, type CallbackResult } from './finish';
import { showResult } from './outcome-view';

/**
 * The returnUrl page. First act: take the credentials out of the address bar and history. Then
 * match, validate and store, and only then tell the dashboard and close: nothing is held only in
 * memory at the moment a window could go away.
 */
const href = location.href;
history.replaceState(null, '', location.pathname);

const ACK_WAIT_MS = 1500;

async function main(): Promise<void> {
  const config = __OE_CONFIG__;
  if (!config.ok) {
    showResult({ kind: 'no-attempt', reason: 'The dashboard is misconfigured. Nothing was stored.' }, dashboardUrl());
    return;
  }
  const result = await finishCallback(href, config.config.origin);
  const attempt = 'attempt' in result ? result.attempt : null;
  if (!attempt || result.kind === 'store-failed') {
    showResult(result, dashboardUrl());
    return;
  }
  const message = { type: 'oe-attempt-finished', nonce: attempt.nonce } as const;
  if (attempt.mode === 'tab') {
    // This tab is the dashboard's own: go back, and the dashboard shows what happened.
    broadcast(message);
    location.replace(dashboardUrl());
    return;
  }
  // Listen for the acknowledgement before announcing, so a quick answer is not missed.
  closeWhenSeen(attempt.nonce, result);
  broadcast(message);
  try {
    window.opener?.postMessage(message, location.origin);
  } catch {
    // The opener may be gone or severed; the broadcast above covers that case.
  }
}

/** Closes once a dashboard confirms it has the outcome; says what happened until then. */
function closeWhenSeen(nonce: string, result: CallbackResult): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const seen = readMessage(event.data);
    if (seen?.type === 'oe-attempt-seen' && seen.nonce === nonce) {
      channel.close();
      window.close();
    }
  };
  setTimeout(() => showResult(result, dashboardUrl()), ACK_WAIT_MS);
}

function dashboardUrl(): string {
  return new URL('./', location.href).href;
}

void main();
