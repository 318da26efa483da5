import type { Connection } from '../model';
import { printerOf, type ConnectionStatus } from '../status/connection-status';
import { lazy } from './lazy';

/** The webcam's code loads the first time a card has a webcam to show, not with the dashboard. */
const Webcam = lazy(() => import('./Webcam').then((m) => m.Webcam));

interface Props {
  connection: Connection;
  status: ConnectionStatus | null;
  /** The name the card shows. */
  name: string;
}

/** An online printer's webcam, when it has an enabled one; nothing otherwise. */
export function WebcamSlot({ connection, status, name }: Props) {
  const webcams = printerOf(status)?.webcams;
  if (!status || !webcams?.list.some((cam) => cam.enabled)) return null;
  return <Webcam connection={connection} name={name} webcams={webcams} maxStreamSeconds={status.info?.limits.maxWebcamStreamSeconds ?? null} />;
}
