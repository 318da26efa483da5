import { attemptView, cancelAttempt, connect, continueInTab, dismissOutcome, retryConnect, showWindow } from '../state';

/** The Connect button and what the current or last attempt is doing. */
export function ConnectPanel() {
  const view = attemptView.value;
  return (
    <section class="connect" aria-label="Connect a printer">
      <button type="button" class="primary" onClick={() => connect()}>
        Connect a printer
      </button>
      <div aria-live="polite" class="attempt">
        {view.phase === 'waiting' && (
          <div class="attempt-box waiting">
            <p>
              {view.reconnecting ? `Reconnecting ${view.reconnecting}: ` : ''}
              Waiting for the OctoEverywhere window… Log in, pick your printer and authorize this dashboard there.
            </p>
            {view.severed ? (
              <p class="muted">
                The OctoEverywhere window no longer reports back to this page (its security settings cut the link). Finish
                there and this page updates by itself, or cancel here.
              </p>
            ) : (
              <button type="button" onClick={() => showWindow()}>
                Show window
              </button>
            )}
            <button type="button" onClick={() => cancelAttempt()}>
              Cancel
            </button>
          </div>
        )}
        {view.phase === 'ended' && (
          <div class={`attempt-box outcome-${view.outcome}`} role={view.outcome === 'connected' ? 'status' : 'alert'}>
            <p>{view.message}</p>
            {view.outcome === 'blocked' && (
              <>
                <button type="button" onClick={() => retryConnect()}>
                  Try again
                </button>
                <button type="button" onClick={() => void continueInTab()}>
                  Continue in this tab
                </button>
              </>
            )}
            <button type="button" class="link" onClick={() => dismissOutcome()}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
