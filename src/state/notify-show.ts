import { appConfig } from '../app-config';
import { browserClaimDeps, claimEvent, claimWindowMs, eventKey, type ClaimDeps } from '../notify/claim';
import type { NotifyEvent } from '../notify/transitions';
import { notificationWords } from '../notify/words';

export interface NotifyRequest {
  connectionId: string;
  /** The card's name for the printer. */
  name: string;
  event: NotifyEvent;
  printId: string | undefined;
}

/**
 * Shows one notification, if this tab wins the event's claim. Its tag is the event's key, so the
 * browser too replaces rather than repeats. A click brings the dashboard forward at that card.
 */
export async function showNotification(request: NotifyRequest, onClick: (connectionId: string) => void, claims: ClaimDeps = browserClaimDeps(claimWindowMs(appConfig().pollIntervalMs))): Promise<boolean> {
  const key = eventKey(request.connectionId, request.event.kind, request.printId);
  if (!(await claimEvent(key, claims))) return false;
  const { title, body } = notificationWords(request.event, request.name);
  try {
    const notification = new Notification(title, { body, tag: key });
    notification.onclick = () => {
      globalThis.focus();
      onClick(request.connectionId);
      notification.close();
    };
    return true;
  } catch {
    // Some browsers (Chrome on Android) show notifications only through a service worker: none here.
    return false;
  }
}
