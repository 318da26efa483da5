import type { ConnectOutcome } from '../state/connect-outcome';
import { useDashboard } from './use-dashboard';

/** Outcomes that are news, not trouble: read out politely rather than as an alert. */
const CALM: readonly ConnectOutcome[] = ['connected', 'window-closed'];

/** The Connect button and what the current or last attempt is doing. */
export function ConnectPanel() {
  const { attempt } = useDashboard();
  const view = attempt.shownView.value;
  return (
    <section class="connect" aria-label="Connect a printer">
      <button type="button" class="primary" onClick={() => attempt.connect()}>
        Connect a printer
      </button>
      <div aria-live="polite" class="attempt">
        {view.phase === 'waiting' && (
          <div class="attempt-box waiting">
            <p>
              {view.reconnecting ? `Reconnecting ${view.reconnecting}: ` : ''}
              Waiting for the OctoEverywhere window… Log in, pick your printer and authorize this dashboard there.
            </p>
            <button type="button" onClick={() => attempt.showWindow()}>
              Show window
            </button>
            <button type="button" onClick={() => attempt.cancel()}>
              Cancel
            </button>
          </div>
        )}
        {view.phase === 'ended' && (
          <div class={`attempt-box outcome-${view.outcome}`} role={CALM.includes(view.outcome) ? 'status' : 'alert'}>
            <p>{view.message}</p>
            {view.note && <p class="muted">{view.note}</p>}
            {view.duplicate && (
              <>
                <p>
                  {view.duplicate.name} already had a card here, so there are two now. Replace the old card with this new
                  connection, or keep both?
                </p>
                <button type="button" onClick={() => void attempt.answerDuplicate(true)}>
                  Replace the old card
                </button>
                <button type="button" onClick={() => void attempt.answerDuplicate(false)}>
                  Keep both
                </button>
              </>
            )}
            {view.outcome === 'blocked' && (
              <>
                <button type="button" onClick={() => attempt.retry()}>
                  Try again
                </button>
                <button type="button" onClick={() => void attempt.continueInTab()}>
                  Continue in this tab
                </button>
              </>
            )}
            {!view.duplicate && (
              <button type="button" class="link" onClick={() => attempt.dismiss()}>
                Dismiss
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
