/**
 * Tells each watched element whether it is on screen, through one IntersectionObserver for the
 * whole page (one per card would be hundreds). Where there is none, everything counts as on screen.
 */
const listeners = new Map<Element, (onScreen: boolean) => void>();
let observer: IntersectionObserver | null = null;

export function watchOnScreen(element: Element, onChange: (onScreen: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return () => undefined;
  }
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
  });
  listeners.set(element, onChange);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    listeners.delete(element);
  };
}
