import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { Connection } from '../model';
import { createPageWebcams } from '../state/webcam-app';
import { webcamTransform, type WebcamSettings } from '../webcam/transform';
import { formatAgo } from './format';
import { now } from './now';
import { watchOnScreen } from './on-screen';
import { WEBCAM_LIMIT_WORDS, webcamFailureWords } from './webcam-words';
import { usePart } from './use-dashboard';

interface Props {
  connection: Connection;
  name: string;
  settings: WebcamSettings;
}

/**
 * The latest snapshot of one webcam, refreshed while its card is on screen; flipped and turned as
 * the printer's webcam settings say. A failed refresh keeps the last picture and says how old it is.
 */
export function SnapshotPicture({ connection, name, settings }: Props) {
  const webcams = usePart(createPageWebcams);
  const [feed] = useState(() => webcams.feed(connection, settings.index));
  const [element, setElement] = useState<HTMLElement | null>(null);
  // The card is what scrolls in and out of view.
  useEffect(() => (element ? watchOnScreen(element.closest('article') ?? element, (onScreen) => feed.setOnScreen(onScreen)) : undefined), [element]);
  useEffect(() => () => feed.dispose(), [feed]);
  const limited = webcams.limitOf(connection.id).value !== null;
  const picture = feed.picture.value;
  // Bound to the text and the alt attribute: the clock's tick re-renders nothing.
  const ago = useComputed(() => {
    const takenAt = feed.picture.value.takenAt;
    return takenAt === null ? '' : formatAgo(now.value - takenAt);
  });
  const alt = useComputed(() => `Webcam of ${name}, ${ago.value}`);
  const { transform, quarterTurn } = webcamTransform(settings);
  const problem = limited ? WEBCAM_LIMIT_WORDS : picture.problem ? `Couldn’t refresh: ${webcamFailureWords(picture.problem)}.` : '';
  return (
    <figure class="webcam-picture" ref={setElement}>
      <div class={quarterTurn ? 'webcam-frame quarter' : 'webcam-frame'}>
        {picture.url ? (
          <img src={picture.url} alt={alt} style={{ transform }} />
        ) : (
          <p class="webcam-wait">{problem ? 'No picture yet.' : 'Loading the picture…'}</p>
        )}
      </div>
      <figcaption class="muted">
        <span role="status">{problem}</span>
        {picture.takenAt !== null && (
          <>
            {problem && ' '}
            Taken <time dateTime={new Date(picture.takenAt).toISOString()}>{ago}</time>
          </>
        )}
      </figcaption>
    </figure>
  );
}
