import { useEffect, useState, type MutableRef } from 'preact/hooks';

/** Rows drawn beyond the screen's edges, so a quick scroll shows no gap. */
const OVERSCAN = 10;

export interface RowRange {
  start: number;
  end: number;
}

/**
 * Which of `count` rows of `rowHeight` px, laid out from the top of `anchor`, are on screen (with
 * some rows to spare), following the window's scroll and size. Pure arithmetic in
 * `visibleRows`; this hook only listens.
 */
export function useWindowRange(anchor: MutableRef<HTMLElement | null>, count: number, rowHeight: number): RowRange {
  const [range, setRange] = useState<RowRange>(() => visibleRows(0, typeof innerHeight === 'number' ? innerHeight : 800, count, rowHeight));
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = anchor.current?.getBoundingClientRect().top ?? 0;
      const next = visibleRows(-top, innerHeight, count, rowHeight);
      setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    return () => {
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [anchor, count, rowHeight]);
  return range;
}

/** The rows between `offset` px (scrolled past the list's top) and `offset + viewport`, plus overscan. */
export function visibleRows(offset: number, viewport: number, count: number, rowHeight: number): RowRange {
  const first = Math.floor(Math.max(0, offset) / rowHeight);
  const last = Math.ceil((Math.max(0, offset) + viewport) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - OVERSCAN)), end: Math.max(0, Math.min(count, last + OVERSCAN)) };
}
