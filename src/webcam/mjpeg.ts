import { createByteQueue } from './byte-queue';

/**
 * An MJPEG stream (`multipart/x-mixed-replace`) cut into JPEG frames, fed the body's chunks as they
 * arrive. Written for what webcam servers really send: the boundary declared with or without its
 * leading `--`, chunks that split anything anywhere, parts with or without Content-Length, blank
 * lines or garbage between parts, parts without headers, and a closing `--boundary--`.
 */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;
const MAX_HEADER_BYTES = 16 * 1024;
/** A boundary line longer than this is not one: look for the next. */
const MAX_BOUNDARY_LINE = 1024;

const DASH = 0x2d;
const CR = 0x0d;
const LF = 0x0a;

export class MjpegError extends Error {
  override readonly name = 'MjpegError';
  constructor(
    readonly kind: 'frame-too-large' | 'headers-too-long',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The boundary of a multipart Content-Type, quotes and leading dashes removed (servers disagree on
 * whether the declared value includes the `--`); null when the type is not multipart or has none.
 */
export function boundaryFromContentType(contentType: string | null): string | null {
  if (!contentType || !/^\s*multipart\//i.test(contentType)) return null;
  const match = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim().replace(/^-+/, '');
  return value === '' ? null : value;
}

export interface MjpegParser {
  /** Throws MjpegError when a frame or a part's headers exceed their limits. */
  push(chunk: Uint8Array): void;
  /** True once the closing boundary arrived: anything after it is ignored. */
  readonly closed: boolean;
}

export interface MjpegParserOptions {
  boundary: string;
  /** Each frame is a copy the callee may keep. */
  onFrame: (jpeg: Uint8Array) => void;
  maxFrameBytes?: number;
}

type State =
  | { at: 'preamble' }
  | { at: 'boundary-line' }
  | { at: 'headers'; bytes: number; seenHeader: boolean; contentLength: number | null }
  | { at: 'body'; length: number }
  | { at: 'body-until-boundary'; scanFrom: number }
  | { at: 'closed' };

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first, from); i !== -1 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Where a delimiter (two or more dashes, then the boundary) starts, and where its boundary ends. */
function findDelimiter(bytes: Uint8Array, boundary: Uint8Array, from: number): { start: number; end: number } | null {
  for (let i = indexOfBytes(bytes, boundary, from); i !== -1; i = indexOfBytes(bytes, boundary, i + 1)) {
    let start = i;
    while (start > 0 && bytes[start - 1] === DASH) start--;
    if (i - start >= 2) return { start, end: i + boundary.length };
  }
  return null;
}

/** The end of a frame without its trailing line breaks (a JPEG ends in FF D9, never in CR or LF). */
function trimLineBreaks(bytes: Uint8Array, end: number): number {
  while (end > 0 && (bytes[end - 1] === CR || bytes[end - 1] === LF)) end--;
  return end;
}

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const tooLarge = (limit: number) => new MjpegError('frame-too-large', `A webcam frame is larger than ${size(limit)}; the stream was stopped.`);

export function createMjpegParser({ boundary, onFrame, maxFrameBytes = MAX_FRAME_BYTES }: MjpegParserOptions): MjpegParser {
  const core = new TextEncoder().encode(boundary.replace(/^-+/, ''));
  if (core.length === 0) throw new TypeError('An MJPEG boundary cannot be empty.');
  const queue = createByteQueue();
  const decoder = new TextDecoder();
  let state: State = { at: 'preamble' };

  const emit = (bytes: Uint8Array, end: number) => {
    if (end > maxFrameBytes) throw tooLarge(maxFrameBytes);
    if (end > 0) onFrame(bytes.slice(0, end));
  };

  /** One step of the state machine; false when it needs more bytes. */
  function step(): boolean {
    const bytes = queue.view();
    switch (state.at) {
      case 'preamble': {
        const found = findDelimiter(bytes, core, 0);
        if (!found) {
          // Keep only what could still begin a delimiter: two dashes and a partial boundary.
          queue.consume(Math.max(0, bytes.length - (core.length + 1)));
          return false;
        }
        queue.consume(found.end);
        state = { at: 'boundary-line' };
        return true;
      }
      case 'boundary-line': {
        if (bytes.length < 2) return false;
        if (bytes[0] === DASH && bytes[1] === DASH) {
          state = { at: 'closed' };
          return false;
        }
        const lineEnd = bytes.indexOf(LF);
        if (lineEnd === -1) {
          if (bytes.length <= MAX_BOUNDARY_LINE) return false;
          state = { at: 'preamble' };
          return true;
        }
        queue.consume(lineEnd + 1);
        state = { at: 'headers', bytes: 0, seenHeader: false, contentLength: null };
        return true;
      }
      case 'headers': {
        // A part that starts straight with a JPEG (FF D8) has no headers.
        if (!state.seenHeader && bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xd8) {
          state = { at: 'body-until-boundary', scanFrom: 0 };
          return true;
        }
        const lineEnd = bytes.indexOf(LF);
        const used = state.bytes + (lineEnd === -1 ? bytes.length : lineEnd + 1);
        if (used > MAX_HEADER_BYTES) throw new MjpegError('headers-too-long', 'The webcam stream sent a part whose headers never end.');
        if (lineEnd === -1) return false;
        const line = decoder.decode(bytes.subarray(0, trimLineBreaks(bytes, lineEnd)));
        queue.consume(lineEnd + 1);
        if (line.trim() === '') {
          // Blank lines before the first header are padding; after one, they end the headers.
          if (!state.seenHeader) return true;
          const length = state.contentLength;
          if (length !== null && length > maxFrameBytes) throw tooLarge(maxFrameBytes);
          state = length === null ? { at: 'body-until-boundary', scanFrom: 0 } : { at: 'body', length };
          return true;
        }
        const header = /^\s*content-length\s*:\s*(\d+)\s*$/i.exec(line);
        state = { ...state, bytes: used, seenHeader: true, contentLength: header ? Number(header[1]) : state.contentLength };
        return true;
      }
      case 'body': {
        if (bytes.length < state.length) return false;
        emit(bytes, state.length);
        queue.consume(state.length);
        // Whatever follows, up to the next boundary (usually CRLF), is skipped.
        state = { at: 'preamble' };
        return true;
      }
      case 'body-until-boundary': {
        const found = findDelimiter(bytes, core, state.scanFrom);
        if (!found) {
          if (bytes.length > maxFrameBytes + core.length + MAX_BOUNDARY_LINE) throw tooLarge(maxFrameBytes);
          state = { at: 'body-until-boundary', scanFrom: Math.max(0, bytes.length - core.length + 1) };
          return false;
        }
        emit(bytes, trimLineBreaks(bytes, found.start));
        queue.consume(found.end);
        state = { at: 'boundary-line' };
        return true;
      }
      case 'closed':
        return false;
    }
  }

  return {
    push(chunk) {
      if (state.at === 'closed') return;
      queue.append(chunk);
      while (step());
    },
    get closed() {
      return state.at === 'closed';
    },
  };
}
