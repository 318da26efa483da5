import { relayHeaders } from '../api/relay-headers';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { globalClock } from '../status/clock';
import { fetchSnapshot, snapshotUrl, streamUrl } from '../webcam/snapshots';
import { openWebcamStream } from '../webcam/stream-request';
import { startLiveView, type LiveView } from './live-view';
import { createWebcams, DEFAULT_REFRESH_MS, type Webcams } from './webcam';

/**
 * The dashboard's webcams, wired to this page: its configuration, its visibility, its fetch.
 * Loaded with the webcam view, when a card first has a webcam.
 */
const pageVisible = () => document.visibilityState === 'visible';
const onVisibilityChange = (listener: () => void) => {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};

/** The part factory: one for the dashboard, so every card shares one snapshot queue and one 609 memory per printer. */
export function createPageWebcams(): Webcams {
  const config = appConfig();
  return createWebcams({
    clock: globalClock,
    refreshMs: config.webcamRefreshMs ?? DEFAULT_REFRESH_MS,
    fetchSnapshot: (connection, index, signal) =>
      fetchSnapshot(snapshotUrl(config, connection.url, index, location.origin), relayHeaders(connection.secrets), signal),
    objectUrls: URL,
    pageVisible,
    onVisibilityChange,
  });
}

/** Starts a Live view of `connection`'s webcam `index`, stopping after `limitSec`; a 609 pauses `webcams`' snapshots too. */
export function openLiveView(webcams: Webcams, connection: Connection, index: number, limitSec: number): LiveView {
  const config = appConfig();
  return startLiveView(connection, index, limitSec, {
    clock: globalClock,
    objectUrls: URL,
    open: (c, i, signal) => openWebcamStream(streamUrl(config, c.url, i, location.origin), relayHeaders(c.secrets), signal),
    pageVisible,
    onVisibilityChange,
    limitReached: (id) => webcams.limitReached(id),
  });
}
