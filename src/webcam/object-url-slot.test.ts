import { describe, expect, it } from 'vitest';
import { countingObjectUrls } from '../../test/support/fake-page';
import { createObjectUrlSlot } from './object-url-slot';

const picture = (n: number) => new Blob([Uint8Array.of(0xff, 0xd8, n)], { type: 'image/jpeg' });

describe('createObjectUrlSlot', () => {
  it('never keeps more than one URL alive over 200 refreshes, and none after dispose', () => {
    const counter = countingObjectUrls();
    const slot = createObjectUrlSlot(counter.objectUrls);
    for (let i = 0; i < 200; i++) {
      const url = slot.show(picture(i));
      expect(counter.alive.size).toBe(1);
      expect(slot.url).toBe(url);
      expect(counter.alive.has(url!)).toBe(true);
    }
    expect(counter.most()).toBe(1);
    expect(counter.made()).toBe(200);
    slot.dispose();
    expect(counter.alive.size).toBe(0);
    expect(slot.url).toBeNull();
  });

  it('makes no URL for a picture that arrives after dispose', () => {
    const counter = countingObjectUrls();
    const slot = createObjectUrlSlot(counter.objectUrls);
    slot.show(picture(1));
    slot.dispose();
    expect(slot.show(picture(2))).toBeNull();
    expect(counter.made()).toBe(1);
    expect(counter.alive.size).toBe(0);
  });

  it('can be disposed twice, or before any picture', () => {
    const counter = countingObjectUrls();
    const slot = createObjectUrlSlot(counter.objectUrls);
    slot.dispose();
    slot.dispose();
    expect(counter.alive.size).toBe(0);
  });

  it('keeps slots apart: ten cards hold ten URLs at most', () => {
    const counter = countingObjectUrls();
    const slots = Array.from({ length: 10 }, () => createObjectUrlSlot(counter.objectUrls));
    for (let round = 0; round < 20; round++) slots.forEach((slot, i) => slot.show(picture(round * 10 + i)));
    expect(counter.alive.size).toBe(10);
    expect(counter.most()).toBe(10);
    slots.forEach((slot) => slot.dispose());
    expect(counter.alive.size).toBe(0);
  });

  it('uses the platform’s URL by default', () => {
    const slot = createObjectUrlSlot();
    expect(slot.show(picture(1))).toMatch(/^blob:/);
    slot.dispose();
  });
});
