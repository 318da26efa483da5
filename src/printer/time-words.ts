/** Durations and clock times in the words the cards use. Pure: the caller passes "now". */

/** "1 h 5 min", "43 min", "30 s" (the style of the card's other durations). */
export function durationWords(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return m > 0 ? `${m} min` : `${s} s`;
}

/** "43 min left", or undefined when the time left is unknown. */
export function timeLeftWords(timeLeftSec: number | undefined): string | undefined {
  return timeLeftSec === undefined ? undefined : `${durationWords(timeLeftSec)} left`;
}

/** "1 h 2 min elapsed", or undefined. */
export function elapsedWords(elapsedSec: number | undefined): string | undefined {
  return elapsedSec === undefined ? undefined : `${durationWords(elapsedSec)} elapsed`;
}

export interface ClockOptions {
  /** BCP 47 locale; default the user's. */
  locale?: string | undefined;
  /** IANA zone; default the user's. */
  timeZone?: string | undefined;
}

const DAY_MS = 86_400_000;

function dayKey(ms: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/**
 * When the print will be done, as a clock time: "done at 21:40", "done tomorrow at 07:10",
 * "done Sat at 07:10" within a week, else "done 12 Jun at 07:10". Undefined without a time left.
 */
export function finishWords(nowMs: number, timeLeftSec: number | undefined, options: ClockOptions = {}): string | undefined {
  if (timeLeftSec === undefined) return undefined;
  const { locale, timeZone } = options;
  const finish = nowMs + timeLeftSec * 1000;
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(finish);
  const day = dayKey(finish, timeZone);
  if (day === dayKey(nowMs, timeZone)) return `done at ${clock}`;
  if (day === dayKey(nowMs + DAY_MS, timeZone)) return `done tomorrow at ${clock}`;
  const withinWeek = finish - nowMs < 6 * DAY_MS;
  const date = new Intl.DateTimeFormat(locale, withinWeek ? { timeZone, weekday: 'short' } : { timeZone, day: 'numeric', month: 'short' }).format(finish);
  return `done ${date} at ${clock}`;
}
