// The plugin's raw webcam routes: `webcam/snapshot?index=N` (one JPEG) and `webcam/stream?index=N`
// (MJPEG, multipart/x-mixed-replace). Pictures are generated: they differ per printer, per webcam
// and per frame, so a test can see a refresh.
import { sendText, type Req, type Res } from './http-util';
import { encodeBlocksJpeg } from './jpeg';
import { relayErrorBody } from './oe-status';
import type { StubConnection, StubWebcamSettings } from './types';

export function defaultWebcamSettings(): StubWebcamSettings {
  return { limitReached: false, fps: 15, contentLength: true, maxStreamSec: 300 };
}

/** A stream ends by itself after this, so a forgotten client cannot keep the stub busy. */
export const STREAM_MAX_SECONDS = 120;
const BOUNDARY = 'oeframe';
const COLUMNS = 20;
const ROWS = 15;

/** Pictures taken per connection (snapshots and stream frames alike). */
const counters = new WeakMap<StubConnection, number>();

function seedOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

/**
 * 160×120: a background shade per printer, a band per webcam index, and a bright square that
 * moves one block per picture, with the picture's number in binary along the bottom row.
 */
export function webcamPicture(c: StubConnection, index: number): Buffer {
  const count = (counters.get(c) ?? 0) + 1;
  counters.set(c, count);
  const background = 40 + (seedOf(c.printerId) % 80);
  const shades = Array.from({ length: ROWS }, (_, row) =>
    Array.from({ length: COLUMNS }, (_, column) => {
      if (row === ROWS - 1) return (count >> (COLUMNS - 1 - column)) & 1 ? 230 : 20;
      if (row === 1 + index) return 160;
      const x = count % (COLUMNS - 1);
      const y = 4 + (Math.floor(count / (COLUMNS - 1)) % (ROWS - 6));
      return (column === x || column === x + 1) && (row === y || row === y + 1) ? 250 : background;
    }),
  );
  return encodeBlocksJpeg(shades, `printer ${c.printerId} webcam ${index} picture ${count}`);
}

/** The webcam asked for: `index` (any case), else the default. Null when there is none to show. */
function webcamIndex(url: URL, c: StubConnection): number | null {
  const raw = [...url.searchParams].find(([key]) => key.toLowerCase() === 'index')?.[1];
  const index = raw === undefined ? c.printer.defaultWebcam : /^\d+$/.test(raw) ? Number(raw) : -1;
  const webcam = c.printer.webcams?.[index];
  return webcam && webcam.Enabled ? index : null;
}

function sendPicture(res: Res, jpeg: Buffer): void {
  res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': jpeg.length, 'Cache-Control': 'no-store' });
  res.end(jpeg);
}

/** Parts at `fps` until the client goes, or STREAM_MAX_SECONDS pass (then the closing boundary). */
function sendStream(req: Req, res: Res, c: StubConnection, index: number): void {
  const { fps, contentLength } = c.webcam;
  res.writeHead(200, { 'Content-Type': `multipart/x-mixed-replace; boundary=${BOUNDARY}`, 'Cache-Control': 'no-store' });
  // Small frames must go out as they are written, not held for a fuller packet.
  req.socket.setNoDelay(true);
  const part = () => {
    const jpeg = webcamPicture(c, index);
    const length = contentLength ? `Content-Length: ${jpeg.length}\r\n` : '';
    res.write(Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Type: image/jpeg\r\n${length}\r\n`), jpeg, Buffer.from('\r\n')]));
  };
  part();
  const timer = setInterval(part, 1000 / fps);
  const limit = setTimeout(() => {
    clearInterval(timer);
    res.end(`--${BOUNDARY}--\r\n`);
  }, STREAM_MAX_SECONDS * 1000);
  res.on('close', () => {
    clearInterval(timer);
    clearTimeout(limit);
  });
}

/** Answers `webcam/snapshot` and `webcam/stream` (credentials already checked by the relay). */
export function handleWebcam(req: Req, res: Res, url: URL, c: StubConnection, command: 'webcam/snapshot' | 'webcam/stream'): void {
  if (c.webcam.limitReached) {
    res.writeHead(609, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(relayErrorBody(609, 'The webcam was viewed too much recently')));
    return;
  }
  const index = webcamIndex(url, c);
  if (index === null) return sendText(res, 404, 'No enabled webcam at that index');
  if (command === 'webcam/snapshot') return sendPicture(res, webcamPicture(c, index));
  sendStream(req, res, c, index);
}
