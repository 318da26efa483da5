import { useEffect, useRef, useState } from 'preact/hooks';
import type { Connection } from '../model';
import { createLiveLinks, LIVE_LINK_HOURS, type LiveLink, type ShareOutcome } from '../state/live-links';
import { serviceWords } from './control-words';
import { Dialog } from './Dialog';
import { formatDateTime } from './format';
import { usePart } from './use-dashboard';

interface Props {
  connection: Connection;
  name: string;
  /** A print is under way: only then can the link end with it. */
  printing: boolean;
  onClose: () => void;
}

const HOURS_WORDS: Record<(typeof LIVE_LINK_HOURS)[number], string> = { 1: '1 hour', 24: '24 hours', 168: '7 days' };

/** Every outcome but success, in words. */
function failureWords(outcome: Exclude<ShareOutcome, { kind: 'ok' }>): string {
  switch (outcome.kind) {
    case 'refused':
    case 'no-active-print':
      return outcome.message;
    case 'service':
      return serviceWords(outcome.outcome);
    case 'unreachable':
      return outcome.detail === 'timeout' ? 'No answer from OctoEverywhere in time. No link was made; try again.' : 'The request to OctoEverywhere failed before any answer arrived. No link was made.';
    case 'unreadable':
      return 'OctoEverywhere’s answer held no link the dashboard could read. Try again.';
  }
}

/** When a link stops working, in words. */
export const expiryWords = (link: LiveLink): string => `until ${formatDateTime(link.expiresAt)}${link.endsWithPrint ? ' or when the print ends' : ''}`;

/**
 * "Share live view…": how long the link lasts (and whether it ends with the print), then the link
 * to copy. Anyone with it sees the printer's live view without an account, until it expires.
 */
export function LiveLinkDialog({ connection, name, printing, onClose }: Props) {
  const links = usePart(createLiveLinks);
  const [hours, setHours] = useState<number>(24);
  const [endWithPrint, setEndWithPrint] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: LiveLink; unsaved: boolean } | null>(null);
  const [copied, setCopied] = useState('');
  const copyButton = useRef<HTMLButtonElement>(null);
  // The form that had focus is gone: focus moves to Copy, what comes next.
  useEffect(() => copyButton.current?.focus(), [created]);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const outcome = await links.share(connection, { hours, endWithPrint: printing && endWithPrint });
    setBusy(false);
    if (!outcome) return;
    if (outcome.kind === 'ok') setCreated({ link: outcome.link, unsaved: outcome.unsaved === true });
    else setProblem(failureWords(outcome));
  };
  const copy = (url: string) =>
    navigator.clipboard.writeText(url).then(
      () => setCopied('Copied.'),
      () => setCopied('Could not copy: select the link and copy it yourself.'),
    );

  return (
    <Dialog title={`Share a live view of ${name}`} onClose={onClose}>
      {created ? (
        <>
          <p>Anyone with this link can watch the printer’s live view, {expiryWords(created.link)}.</p>
          <p class="live-link">
            <a href={created.link.shortUrl} target="_blank" rel="noopener noreferrer">
              {created.link.shortUrl}
            </a>
            <button ref={copyButton} type="button" class="small" onClick={() => void copy(created.link.shortUrl)}>
              Copy
            </button>
            <span role="status" class="muted">
              {copied}
            </span>
          </p>
          {created.unsaved && <p class="warning">This browser could not keep it in its list: copy it now.</p>}
          <div class="dialog-actions">
            <button type="button" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <p>A link anyone can open to watch this printer, without an account. It stops working when it expires.</p>
          <fieldset>
            <legend>Expires after</legend>
            {LIVE_LINK_HOURS.map((h) => (
              <label key={h}>
                <input type="radio" name="hours" value={h} checked={hours === h} onChange={() => setHours(h)} /> {HOURS_WORDS[h]}
              </label>
            ))}
          </fieldset>
          {printing && (
            <p>
              <label>
                <input type="checkbox" checked={endWithPrint} onChange={(event) => setEndWithPrint(event.currentTarget.checked)} /> End when this print completes
              </label>
            </p>
          )}
          <p role="alert" class="problem-text">
            {problem}
          </p>
          <div class="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" class="primary" aria-disabled={busy}>
              {busy ? 'Creating…' : 'Create link'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
