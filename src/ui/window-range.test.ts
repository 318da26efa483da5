import { describe, expect, it } from 'vitest';
import { visibleRows } from './window-range';

describe('visibleRows', () => {
  it('draws the rows on screen and ten to spare on each side', () => {
    expect(visibleRows(0, 800, 500, 40)).toEqual({ start: 0, end: 30 });
    expect(visibleRows(4000, 800, 500, 40)).toEqual({ start: 90, end: 130 });
  });

  it('stays within the list, whatever the scroll', () => {
    expect(visibleRows(-300, 800, 500, 40)).toEqual({ start: 0, end: 30 });
    expect(visibleRows(1_000_000, 800, 500, 40)).toEqual({ start: 500, end: 500 });
    expect(visibleRows(0, 800, 3, 40)).toEqual({ start: 0, end: 3 });
  });
});
