import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { Connection } from '../model';
import type { LiveView } from '../state/live-view';
import { createPageWebcams, openLiveView } from '../state/webcam-app';
import { webcamTransform, type WebcamSettings } from '../webcam/transform';
import { Dialog } from './Dialog';
import { now } from './now';
import { countdownWords, liveViewEndWords } from './webcam-words';
import { usePart } from './use-dashboard';

interface Props {
  connection: Connection;
  name: string;
  settings: WebcamSettings;
  /** The account's limit for one stream. */
  limitSec: number;
  onClose: () => void;
}

/**
 * The webcam's live stream, with a countdown to the account's limit. Closing the dialog stops it;
 * so do the limit and hiding the page, after which "Start again" asks for a new stream.
 */
export function LiveViewDialog({ connection, name, settings, limitSec, onClose }: Props) {
  const webcams = usePart(createPageWebcams);
  const [attempt, setAttempt] = useState(0);
  // Each attempt's view with its number: the stream's view below starts afresh for a new one.
  const [current, setCurrent] = useState<{ attempt: number; view: LiveView } | null>(null);
  useEffect(() => {
    const view = openLiveView(webcams, connection, settings.index, limitSec);
    setCurrent({ attempt, view });
    return () => view.dispose();
  }, [attempt]);
  const view = current?.view;
  return (
    <Dialog title={`Live view: ${name}`} onClose={onClose}>
      {current && <LiveStream key={current.attempt} view={current.view} name={name} settings={settings} />}
      <div class="dialog-actions">
        {view?.state.value.phase === 'ended' && view.state.value.end.kind !== 'webcam-limit' && (
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Start again
          </button>
        )}
        <button type="button" autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function LiveStream({ view, name, settings }: { view: LiveView; name: string; settings: WebcamSettings }) {
  const state = view.state.value;
  const hasFrame = useComputed(() => view.frame.value !== null).value;
  // Bound to the attribute: a new frame changes the src without rendering anything.
  const src = useComputed(() => view.frame.value ?? undefined);
  const countdown = useComputed(() => {
    const current = view.state.value;
    return current.phase === 'live' ? countdownWords(current.limitSec - (now.value - current.startedAt) / 1000) : '';
  });
  const { transform, quarterTurn } = webcamTransform(settings);
  const words = state.phase === 'connecting' ? 'Connecting to the webcam…' : state.phase === 'live' ? (hasFrame ? 'Live' : 'Waiting for the first picture…') : liveViewEndWords(state.end);
  return (
    <>
      <div class={quarterTurn ? 'webcam-frame live quarter' : 'webcam-frame live'}>
        {hasFrame && <img src={src} alt={`Live view of ${name}’s webcam`} style={{ transform }} />}
      </div>
      <p class="live-status">
        <span role="status">{words}</span>
        {state.phase === 'live' && (
          <span class="countdown">
            {' · '}Stops in <span class="countdown-time">{countdown}</span>
          </span>
        )}
      </p>
    </>
  );
}
