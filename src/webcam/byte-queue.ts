/**
 * A growable byte buffer that bytes are appended to at the end and consumed from the front,
 * without copying everything on every chunk (a stream parser sees many small chunks per frame).
 */
export interface ByteQueue {
  append(chunk: Uint8Array): void;
  /** The unconsumed bytes; valid until the next append or consume. */
  view(): Uint8Array;
  consume(count: number): void;
  readonly length: number;
}

export function createByteQueue(initialCapacity = 64 * 1024): ByteQueue {
  let data = new Uint8Array(initialCapacity);
  let start = 0;
  let end = 0;
  return {
    append(chunk) {
      if (end + chunk.length > data.length) {
        const needed = end - start + chunk.length;
        // Move the live bytes to the front; grow (doubling) only when they don't fit.
        const target = needed > data.length ? new Uint8Array(Math.max(needed, data.length * 2)) : data;
        if (target === data) data.copyWithin(0, start, end);
        else target.set(data.subarray(start, end));
        data = target;
        end -= start;
        start = 0;
      }
      data.set(chunk, end);
      end += chunk.length;
    },
    view: () => data.subarray(start, end),
    consume(count) {
      start = Math.min(end, start + Math.max(0, count));
      if (start === end) start = end = 0;
    },
    get length() {
      return end - start;
    },
  };
}
