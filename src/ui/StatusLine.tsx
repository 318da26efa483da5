import { useComputed } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { supporterPerksUrl } from '../config';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import type { ConnectionStatus } from '../status/connection-status';
import { formatAgo, formatDateTime } from './format';
import { now } from './now';
import { statusExplanation, statusWords } from './status-words';
import { useDashboard } from './use-dashboard';

/** The headline: the printer's state ("Printing 42 %") or the connection's status, in words and colour. */
export function StatusBadge({ status }: { status: ConnectionStatus | null }) {
  const { label, tone } = statusWords(status);
  return (
    <p class={`status status-${tone}`} data-status={status?.kind ?? 'checking'} title={label}>
      <span class="dot" aria-hidden="true" />
      {label}
    </p>
  );
}

/** "checked 12 s ago", ticking; the text node follows the clock without re-rendering the card. */
function CheckedAgo({ at }: { at: number }) {
  const ago = useComputed(() => `checked ${formatAgo(now.value - at)}`);
  return (
    <time class="checked" dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>
      {ago}
    </time>
  );
}

interface Props {
  connection: Connection;
  status: ConnectionStatus | null;
  checking: boolean;
  name: string;
  /** The card's own actions (Rename, Remove), after the status's. */
  children?: ComponentChildren;
}

/** What the status means and when it was checked, and what can be done about it. */
export function StatusLine({ connection, status, checking, name, children }: Props) {
  const { statuses, attempt } = useDashboard();
  const explanation = status && statusExplanation(status);
  return (
    <>
      {explanation && <p class="explain">{explanation}</p>}
      <p class="meta muted">
        {status && <CheckedAgo at={status.checkedAt} />}
        {status && checking && <span class="checking"> · Checking…</span>}
      </p>
      <div class="card-actions">
        {/* Revoked is final: checking again cannot change it, only Reconnect can. */}
        {status?.kind !== 'revoked' && (
          // aria-disabled, not disabled: the button keeps focus while its check runs.
          <button
            type="button"
            aria-label={`Check ${name} now`}
            aria-disabled={checking}
            onClick={() => {
              if (!checking) statuses.checkNow(connection.id);
            }}
          >
            Check now
          </button>
        )}
        {(status?.kind === 'revoked' || status?.kind === 'credentials-rejected') && (
          <button type="button" class="primary" aria-label={`Reconnect ${name}`} onClick={() => attempt.connect({ replaces: connection })}>
            Reconnect
          </button>
        )}
        {status?.kind === 'supporter-perks-required' && (
          <a href={supporterPerksUrl(appConfig())} target="_blank" rel="noopener noreferrer">
            About Supporter Perks
          </a>
        )}
        {children}
      </div>
    </>
  );
}
