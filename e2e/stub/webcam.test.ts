// The stub's webcam routes, read through the app's own MJPEG parser (a contract test).
import { describe, expect, it } from 'vitest';
import { boundaryFromContentType, createMjpegParser } from '../../src/webcam/mjpeg';
import type { StubConnection } from './client';
import { stubForTests } from './test-client';

const { stub, control, connect, open, relay } = await stubForTests();

const WEBCAM = '/octoeverywhere-command-api/webcam';

/** The first `count` frames of a stream, parsed as the dashboard parses them; then hangs up. */
async function frames(c: StubConnection, count: number, index = 0): Promise<{ frames: Buffer[]; partHeaders: string }> {
  const res = await open(c, `${WEBCAM}/stream?index=${index}`);
  expect(res.statusCode).toBe(200);
  const boundary = boundaryFromContentType(res.headers['content-type'] ?? null);
  expect(boundary).not.toBeNull();
  const found: Buffer[] = [];
  let head = '';
  const parser = createMjpegParser({ boundary: boundary!, onFrame: (f) => found.push(Buffer.from(f)) });
  for await (const chunk of res) {
    if (head.length < 200) head += (chunk as Buffer).toString('latin1');
    parser.push(chunk as Buffer);
    if (found.length >= count) break;
  }
  res.destroy();
  return { frames: found.slice(0, count), partHeaders: head.slice(0, head.indexOf('\r\n\r\n')) };
}

const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b.at(-2) === 0xff && b.at(-1) === 0xd9;

describe('stub webcam', () => {
  it('answers a snapshot with a JPEG that differs per request and per printer', async () => {
    const a = await connect({ printerId: 'prn-a' });
    const b = await connect({ printerId: 'prn-b' });
    const first = await relay(a, `${WEBCAM}/snapshot?index=0`);
    const second = await relay(a, `${WEBCAM}/snapshot?index=0`);
    const other = await relay(b, `${WEBCAM}/snapshot`);
    expect(first).toMatchObject({ status: 200, contentType: 'image/jpeg' });
    for (const picture of [first, second, other]) expect(isJpeg(picture.body)).toBe(true);
    expect(first.body.equals(second.body)).toBe(false);
    expect(first.body.toString('latin1')).toContain('printer prn-a webcam 0 picture 1');
    expect(second.body.toString('latin1')).toContain('printer prn-a webcam 0 picture 2');
    expect(other.body.toString('latin1')).toContain('printer prn-b webcam 0 picture 1');
  });

  it('streams MJPEG parts with Content-Length, or without when set so', async () => {
    const c = await connect({ printerId: 'prn-a' });
    const withLength = await frames(c, 3);
    expect(withLength.partHeaders).toMatch(/Content-Length: \d+/);
    expect(withLength.frames.every(isJpeg)).toBe(true);
    expect(new Set(withLength.frames.map((f) => f.toString('base64'))).size).toBe(3);

    await control.setConnection(c.id, { webcam: { contentLength: false, fps: 30 } });
    const without = await frames(c, 3);
    expect(without.partHeaders).not.toMatch(/Content-Length/i);
    expect(without.frames.every(isJpeg)).toBe(true);
  });

  it('answers 609 to snapshot and stream while the webcam limit is reached, and the list still', async () => {
    const c = await connect({ printerId: 'prn-a' });
    await control.setConnection(c.id, { webcam: { limitReached: true } });
    expect((await relay(c, `${WEBCAM}/snapshot?index=0`)).status).toBe(609);
    expect((await relay(c, `${WEBCAM}/stream?index=0`)).status).toBe(609);
    expect((await relay(c, `${WEBCAM}/list`)).status).toBe(200);
  });

  it('serves only enabled webcams of the list', async () => {
    const c = await connect({ printerId: 'prn-a' });
    const cam = { Name: 'Side', FlipH: false, FlipV: false, Rotation: 0, Enabled: true };
    await control.setPrinter(c.id, { webcams: [{ ...cam, Name: 'Top', Enabled: false }, cam], defaultWebcam: 1 });
    expect((await relay(c, `${WEBCAM}/snapshot?index=0`)).status).toBe(404);
    expect((await relay(c, `${WEBCAM}/snapshot?index=2`)).status).toBe(404);
    const side = await relay(c, `${WEBCAM}/snapshot?index=1`);
    expect(side.status).toBe(200);
    expect(side.body.toString('latin1')).toContain('webcam 1 picture');
  });

  it('reports the stream limit it was given in the info API, and refuses bad webcam settings', async () => {
    const c = await connect({ printerId: 'prn-a' });
    await control.setConnection(c.id, { webcam: { maxStreamSec: 3 } });
    const info = (await (await fetch(`${stub.origin}/api/appconnection/info`, { headers: { AppToken: c.appApiToken } })).json()) as { PrinterLimits: Record<string, unknown> };
    expect(info.PrinterLimits.MaxSingleWebcamStreamLengthSeconds).toBe(3);
    await expect(control.setConnection(c.id, { webcam: { fps: 0 } })).rejects.toThrow(/webcam.fps/);
    await expect(control.setConnection(c.id, { webcam: { colour: true } as never })).rejects.toThrow(/unknown key webcam.colour/);
  });
});
