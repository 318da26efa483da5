import { useComputed, type Signal } from '@preact/signals';
import type { ConnectionStatus } from '../api/check';
import { supporterPerksUrl } from '../config';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { checkingOf, checkNow, connect } from '../state';
import { formatAgo, formatDateTime, formatDuration } from './format';
import { now } from './now';
import { statusExplanation, statusWords } from './status-words';

interface Props {
  connection: Connection;
  status: Signal<ConnectionStatus | null>;
  name: string;
}

/** "checked 12 s ago", ticking; the text node follows the clock without re-rendering the card. */
function CheckedAgo({ at }: { at: number }) {
  const ago = useComputed(() => `checked ${formatAgo(now.value - at)}`);
  return (
    <time class="muted checked" dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>
      {ago}
    </time>
  );
}

/** The status in words and colour, when it was checked, what it means, and what to do about it. */
export function StatusLine({ connection, status: statusSignal, name }: Props) {
  const status = statusSignal.value;
  const checking = checkingOf(connection.id).value;
  const { label, tone } = statusWords(status);
  const activity = status?.kind === 'online' ? status.activity : null;
  return (
    <div class="status-block">
      <p class="status-row">
        <span class={`status status-${tone}`} data-status={status?.kind ?? 'checking'}>
          <span class="dot" aria-hidden="true" />
          {label}
        </span>
        {status && <CheckedAgo at={status.checkedAt} />}
        {status && checking && <span class="muted checking">Checking…</span>}
      </p>
      {status && <p class="explain">{statusExplanation(status)}</p>}
      {activity && (
        <p class="activity">
          {activity.state}
          {activity.fileName ? ` · ${activity.fileName}` : ''}
          {activity.completion !== null ? ` · ${Math.round(activity.completion)}%` : ''}
          {activity.printTimeLeftSeconds !== null ? ` · ${formatDuration(activity.printTimeLeftSeconds)} left` : ''}
        </p>
      )}
      <div class="card-actions">
        {/* Revoked is final: checking again cannot change it, only Reconnect can. */}
        {status?.kind !== 'revoked' && (
          // aria-disabled, not disabled: the button keeps focus while its check runs.
          <button
            type="button"
            aria-label={`Check ${name} now`}
            aria-disabled={checking}
            onClick={() => {
              if (!checking) checkNow(connection.id);
            }}
          >
            Check now
          </button>
        )}
        {(status?.kind === 'revoked' || status?.kind === 'credentials-rejected') && (
          <button type="button" class="primary" aria-label={`Reconnect ${name}`} onClick={() => connect({ replaces: connection })}>
            Reconnect
          </button>
        )}
        {status?.kind === 'supporter-perks-required' && (
          <a href={supporterPerksUrl(appConfig())} target="_blank" rel="noopener noreferrer">
            About Supporter Perks
          </a>
        )}
      </div>
    </div>
  );
}
