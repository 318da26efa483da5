import { signal } from '@preact/signals';

/**
 * The time, ticking once a second while anything on screen reads it, so "checked 12 s ago" stays
 * true. One timer for the whole page, stopped when nothing reads it; readers bind it to text
 * nodes, so a tick re-renders no component.
 */
let timer: ReturnType<typeof setInterval> | undefined;

export const now = signal(Date.now(), {
  watched() {
    this.value = Date.now();
    timer = setInterval(() => (this.value = Date.now()), 1000);
  },
  unwatched() {
    clearInterval(timer);
    timer = undefined;
  },
});
