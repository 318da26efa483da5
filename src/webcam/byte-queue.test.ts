import { describe, expect, it } from 'vitest';
import { createByteQueue } from './byte-queue';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('createByteQueue', () => {
  it('keeps bytes in order across growth and compaction', () => {
    const queue = createByteQueue(4);
    queue.append(bytes(1, 2, 3));
    queue.consume(2);
    // Fits after moving the live byte to the front: no growth needed.
    queue.append(bytes(4, 5, 6));
    expect(queue.view()).toEqual(bytes(3, 4, 5, 6));
    // Does not fit: grows.
    queue.append(bytes(7, 8, 9, 10, 11));
    expect(queue.view()).toEqual(bytes(3, 4, 5, 6, 7, 8, 9, 10, 11));
    expect(queue.length).toBe(9);
  });

  it('is empty once everything is consumed, and ignores a negative count', () => {
    const queue = createByteQueue(4);
    queue.append(bytes(1, 2));
    queue.consume(-1);
    expect(queue.view()).toEqual(bytes(1, 2));
    queue.consume(5);
    expect(queue.length).toBe(0);
    queue.append(bytes(9));
    expect(queue.view()).toEqual(bytes(9));
  });

  it('does not change a chunk the caller appended', () => {
    const queue = createByteQueue(2);
    const chunk = bytes(1, 2, 3);
    queue.append(chunk);
    queue.view().fill(0);
    expect(chunk).toEqual(bytes(1, 2, 3));
  });
});
