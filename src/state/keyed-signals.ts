import { signal, type Signal } from '@preact/signals';

/**
 * One signal per key (a connection id), made on first ask: a change to one connection re-renders
 * only what reads that connection's signal. `map` holds those made.
 */
export function keyedSignals<T>(initial: T): { of(id: string): Signal<T>; map: Map<string, Signal<T>> } {
  const map = new Map<string, Signal<T>>();
  return {
    map,
    of(id) {
      let found = map.get(id);
      if (!found) {
        found = signal(initial);
        map.set(id, found);
      }
      return found;
    },
  };
}
