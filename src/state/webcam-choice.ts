/**
 * Which webcam a card shows, when its printer has several: remembered per connection in this
 * browser. Storage that refuses (private mode, quota) only loses the memory.
 */
const key = (connectionId: string) => `printer-dashboard:webcam:${connectionId}`;

export function rememberedWebcam(connectionId: string): number | null {
  try {
    const stored = localStorage.getItem(key(connectionId));
    return stored !== null && /^\d+$/.test(stored) ? Number(stored) : null;
  } catch {
    return null;
  }
}

export function rememberWebcam(connectionId: string, index: number): void {
  try {
    localStorage.setItem(key(connectionId), String(index));
  } catch {
    // Not remembered across visits; the choice still holds until the page reloads.
  }
}
