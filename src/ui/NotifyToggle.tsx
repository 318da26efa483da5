import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { createNotifications } from '../state/notifications';
import { usePart } from './use-dashboard';

/** Brings a printer's card into view and gives it focus (a notification about it was clicked). */
function showCard(id: string): void {
  const card = document.getElementById(`name-${id}`)?.closest('article');
  if (!card) return;
  card.scrollIntoView({ block: 'start' });
  card.tabIndex = -1;
  card.focus({ preventScroll: true });
}

/**
 * "Notify me" in the header: off until clicked; the click asks the browser's permission (nothing
 * else asks). Pressed while notifications are on; says so when the browser blocks them.
 */
export function NotifyToggle() {
  const notifications = usePart(createNotifications);
  const { cardToShow } = notifications;
  const permission = notifications.permission.value;
  const on = notifications.notifying.value;
  useEffect(() => {
    // The permission can change in the browser's settings while the page is open.
    const refresh = () => void notifications.refreshPermission();
    addEventListener('focus', refresh);
    const stop = effect(() => {
      const id = cardToShow.value;
      if (!id) return;
      showCard(id);
      cardToShow.value = null;
    });
    return () => {
      removeEventListener('focus', refresh);
      stop();
    };
  }, []);
  if (permission === 'unsupported') return null;
  const blocked = permission === 'denied';
  return (
    <p class="notify">
      <button type="button" aria-pressed={on} aria-describedby={blocked ? 'notify-blocked' : undefined} onClick={() => (on ? notifications.disable() : void notifications.enable())}>
        {blocked ? 'Notify me: blocked by the browser' : 'Notify me'}
      </button>{' '}
      {blocked ? (
        <span id="notify-blocked" class="muted">
          Allow notifications for this site in the browser’s settings to get them.
        </span>
      ) : (
        on && <span class="muted">While this page is open: print complete, failed, paused, offline or revoked.</span>
      )}
    </p>
  );
}
