import { useEffect } from 'preact/hooks';
import { createLiveLinks } from '../state/live-links';
import { expiryWords } from './LiveLinkDialog';
import { usePart } from './use-dashboard';

/** The Live Links this browser made for one printer, in its Details, with their expiry. */
export function LiveLinkList({ connectionId }: { connectionId: string }) {
  const links = usePart(createLiveLinks);
  const list = links.listOf(connectionId).value;
  useEffect(() => void links.load(connectionId), [connectionId]);
  if (!list || (list.links.length === 0 && !list.problem)) return null;
  return (
    <section aria-label="Live links">
      <h3 class="facts-title">Live links</h3>
      {list.problem && <p class="warning">This browser’s storage could not be read or written: the list may be incomplete.</p>}
      <ul class="live-links">
        {list.links.map((link) => (
          <li key={link.liveId}>
            <a href={link.shortUrl} target="_blank" rel="noopener noreferrer">
              {link.shortUrl}
            </a>{' '}
            <span class="muted">{expiryWords(link)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
