import { describe, expect, it } from 'vitest';
import { boundaryFromContentType, createMjpegParser, MAX_FRAME_BYTES, MjpegError } from './mjpeg';

const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (string | Uint8Array)[]): Uint8Array => {
  const arrays = parts.map((p) => (typeof p === 'string' ? text(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};

/**
 * A small JPEG-shaped frame (FF D8 … FF D9) whose middle holds the awkward bytes a real one can:
 * CR, LF, dashes, and (`almost`) all but the last letter of the boundary.
 */
function jpeg(seed: number, almost = ''): Uint8Array {
  return concat(Uint8Array.of(0xff, 0xd8, seed, 0x00, 0xff), '\r\n--', Uint8Array.of(seed + 1), `\r\n--${almost}\n`, Uint8Array.of(0x0a, 0x0d, 0xff, 0xd9));
}
/** Three frames, each with a near miss of this boundary inside. */
const framesFor = (boundary: string) => [1, 2, 3].map((seed) => jpeg(seed, boundary.replace(/^-+/, '').slice(0, -1)));

/** mjpg-streamer: `--boundary`, Content-Length, a timestamp header, CRLF after each frame. */
function withContentLength(boundary: string): Uint8Array {
  return concat(
    ...framesFor(boundary).flatMap((f, i) => [
      `--${boundary}\r\nContent-Type: image/jpeg\r\nContent-Length: ${f.length}\r\nX-Timestamp: ${i}.5\r\n\r\n`,
      f,
      '\r\n',
    ]),
  );
}

/** motion and friends: no Content-Length, extra blank lines and a preamble, closing boundary. */
function withoutContentLength(boundary: string): Uint8Array {
  return concat(
    'This is a preamble nobody reads.\r\n',
    ...framesFor(boundary).flatMap((f) => [`--${boundary}\r\ncontent-type: image/jpeg\r\n\r\n`, f, '\r\n\r\n']),
    `--${boundary}--\r\nepilogue`,
  );
}

function parseAll(chunks: Uint8Array[], boundary: string, maxFrameBytes?: number) {
  const frames: Uint8Array[] = [];
  const parser = createMjpegParser({ boundary, onFrame: (f) => frames.push(f), maxFrameBytes });
  for (const chunk of chunks) parser.push(chunk);
  return { frames, closed: parser.closed };
}

const splitAt = (bytes: Uint8Array, ...points: number[]): Uint8Array[] =>
  [0, ...points, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));

describe('boundaryFromContentType', () => {
  it.each([
    ['multipart/x-mixed-replace; boundary=boundarydonotcross', 'boundarydonotcross'],
    ['multipart/x-mixed-replace;boundary=--myboundary', 'myboundary'],
    ['multipart/x-mixed-replace; boundary="--frame"', 'frame'],
    ['Multipart/X-Mixed-Replace; charset=utf-8; BOUNDARY="Ba Ba"', 'Ba Ba'],
    ['multipart/x-mixed-replace; boundary=frame; foo=bar', 'frame'],
  ])('%s → %s', (header, expected) => expect(boundaryFromContentType(header)).toBe(expected));

  it.each([null, '', 'image/jpeg', 'multipart/x-mixed-replace', 'multipart/x-mixed-replace; boundary=""', 'multipart/x-mixed-replace; boundary=--', 'text/plain; boundary=x'])(
    'no boundary in %j',
    (header) => expect(boundaryFromContentType(header)).toBeNull(),
  );
});

describe('createMjpegParser', () => {
  const streams: [string, Uint8Array, string, boolean][] = [
    ['Content-Length, header without dashes', withContentLength('boundarydonotcross'), 'boundarydonotcross', false],
    ['Content-Length, header --myboundary, body RFC-strict ----myboundary', withContentLength('--myboundary'), '--myboundary', false],
    ['Content-Length, header --frame, body --frame as declared', withContentLength('frame'), '--frame', false],
    ['no Content-Length, preamble, blank lines, closing boundary', withoutContentLength('bound'), 'bound', true],
    ['no Content-Length, header declared with dashes', withoutContentLength('bound'), '--bound', true],
  ];

  it.each(streams)('%s: whole', (_name, bytes, boundary, closes) => {
    const { frames, closed } = parseAll([bytes], boundary);
    expect(frames).toEqual(framesFor(boundary));
    expect(closed).toBe(closes);
  });

  it.each(streams)('%s: split at every point', (_name, bytes, boundary) => {
    for (let i = 0; i <= bytes.length; i++) {
      expect(parseAll(splitAt(bytes, i), boundary).frames, `split at ${i}`).toEqual(framesFor(boundary));
    }
  });

  it.each(streams)('%s: one byte at a time', (_name, bytes, boundary) => {
    expect(parseAll(splitAt(bytes, ...bytes.keys()), boundary).frames).toEqual(framesFor(boundary));
  });

  it('survives every pair of split points in a short stream', () => {
    const bytes = concat('--b\r\n\r\n', jpeg(7), '\r\n--b\r\nContent-Length: 3\r\n\r\nxyz\r\n--b--');
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j++) {
        const { frames, closed } = parseAll(splitAt(bytes, i, j), 'b');
        expect(frames, `split at ${i}, ${j}`).toEqual([jpeg(7), text('xyz')]);
        expect(closed).toBe(true);
      }
    }
  });

  it('skips garbage and stray line breaks between parts', () => {
    const bytes = concat('--b\r\nContent-Length: 2\r\n\r\nAB', '\r\n\r\njunk -- b --\r\n', '--b\r\nContent-Length: 2\r\n\r\nCD\n\n');
    expect(parseAll([bytes], 'b').frames).toEqual([text('AB'), text('CD')]);
  });

  it('takes a part that starts straight with the JPEG, without headers', () => {
    const bytes = concat('--b\r\n', jpeg(4), '\r\n--b\r\n', jpeg(5), '\r\n--b');
    expect(parseAll([bytes], 'b').frames).toEqual([jpeg(4), jpeg(5)]);
  });

  it('reads Content-Length in any case and ignores an unreadable one', () => {
    const bytes = concat('--b\r\nCONTENT-LENGTH: 3\r\n\r\nabc--b\r\nContent-Length: lots\r\n\r\nde\r\n--b\r\n');
    expect(parseAll([bytes], 'b').frames).toEqual([text('abc'), text('de')]);
  });

  it('emits nothing for an empty part', () => {
    const bytes = concat('--b\r\nContent-Length: 0\r\n\r\n\r\n--b\r\nContent-Type: image/jpeg\r\n\r\n\r\n--b\r\n');
    expect(parseAll([bytes], 'b').frames).toEqual([]);
  });

  it('ignores everything after the closing boundary', () => {
    const { frames, closed } = parseAll([concat('--b\r\nContent-Length: 1\r\n\r\nA\r\n--b--'), text('\r\n--b\r\nContent-Length: 1\r\n\r\nB')], 'b');
    expect(frames).toEqual([text('A')]);
    expect(closed).toBe(true);
  });

  it('hands out copies: the caller may reuse its chunk', () => {
    const chunk = concat('--b\r\nContent-Length: 2\r\n\r\nAB\r\n--b\r\n');
    const { frames } = parseAll([chunk], 'b');
    chunk.fill(0);
    expect(frames).toEqual([text('AB')]);
  });

  it('reads frames far larger than a chunk, either way', () => {
    const big = concat(Uint8Array.of(0xff, 0xd8), new Uint8Array(300_000).map((_, i) => i % 251), Uint8Array.of(0xff, 0xd9));
    const bytes = concat(`--b\r\nContent-Length: ${big.length}\r\n\r\n`, big, '\r\n--b\r\n\r\n', big, '\r\n--b--');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 16384) }, (_, i) => bytes.subarray(i * 16384, (i + 1) * 16384));
    expect(parseAll(chunks, 'b').frames).toEqual([big, big]);
  });

  it('refuses a declared Content-Length over the cap before the bytes arrive', () => {
    const parser = createMjpegParser({ boundary: 'b', onFrame: () => undefined, maxFrameBytes: 100 });
    expect(() => parser.push(text('--b\r\nContent-Length: 101\r\n\r\n'))).toThrow(/larger than 1 KB/);
  });

  it('refuses a frame without Content-Length once it outgrows the cap', () => {
    const frames: Uint8Array[] = [];
    const parser = createMjpegParser({ boundary: 'b', onFrame: (f) => frames.push(f), maxFrameBytes: 2048 });
    parser.push(text('--b\r\nContent-Type: image/jpeg\r\n\r\n'));
    const push = () => {
      for (let i = 0; i < 10; i++) parser.push(new Uint8Array(1024).fill(0x41));
    };
    expect(push).toThrow(MjpegError);
    expect(frames).toEqual([]);
  });

  it('accepts a frame of exactly the cap and refuses one byte more', () => {
    const frame = (n: number) => concat('--b\r\n\r\n', Uint8Array.of(0xff, 0xd8), new Uint8Array(n - 2).fill(0x41), '\r\n--b\r\n');
    expect(parseAll([frame(64)], 'b', 64).frames).toHaveLength(1);
    expect(() => parseAll([frame(65)], 'b', 64)).toThrow(expect.objectContaining({ kind: 'frame-too-large' }));
  });

  it('caps frames at 8 MB by default', () => {
    expect(MAX_FRAME_BYTES).toBe(8 * 1024 * 1024);
    const parser = createMjpegParser({ boundary: 'b', onFrame: () => undefined });
    expect(() => parser.push(text(`--b\r\nContent-Length: ${MAX_FRAME_BYTES + 1}\r\n\r\n`))).toThrow('A webcam frame is larger than 8 MB; the stream was stopped.');
  });

  it('refuses headers that never end', () => {
    const parser = createMjpegParser({ boundary: 'b', onFrame: () => undefined });
    parser.push(text('--b\r\n'));
    expect(() => parser.push(text('X-Pad: a\r\n'.repeat(2000)))).toThrow(expect.objectContaining({ kind: 'headers-too-long' }));
  });

  it('skips a preamble far longer than the frame cap', () => {
    const frames: Uint8Array[] = [];
    const parser = createMjpegParser({ boundary: 'b', onFrame: (f) => frames.push(f), maxFrameBytes: 16 });
    // Far more garbage than the frame cap: a preamble is skipped, never an error.
    for (let i = 0; i < 100; i++) parser.push(new Uint8Array(1024).fill(0x2d));
    parser.push(text('b\r\nContent-Length: 1\r\n\r\nZ\r\n--b'));
    expect(frames).toEqual([text('Z')]);
  });

  it('refuses an empty boundary', () => {
    expect(() => createMjpegParser({ boundary: '--', onFrame: () => undefined })).toThrow(TypeError);
  });
});
