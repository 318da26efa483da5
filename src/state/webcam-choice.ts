import { recall, remember } from './local-memory';

/** Which webcam a card shows, when its printer has several: remembered per connection in this browser. */
const key = (connectionId: string) => `printer-dashboard:webcam:${connectionId}`;

export function rememberedWebcam(connectionId: string): number | null {
  const stored = recall(key(connectionId));
  return stored !== null && /^\d+$/.test(stored) ? Number(stored) : null;
}

export function rememberWebcam(connectionId: string, index: number): void {
  remember(key(connectionId), String(index));
}
