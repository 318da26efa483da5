/** The probe every dashboard and callback page of a timed run carries. */
import { NAME_SHIM } from './context.ts';

/** What the probe leaves on a dashboard window (times are `performance.now()` of that page). */
export interface DashboardProbe {
  /** The connect panel is in the DOM: the app shell rendered. */
  shellAt: number | null;
  /** The last stored secret was decrypted: the list's data is in hand, what follows is mostly rendering. */
  decryptedAt: number | null;
  /** The first cards are in the DOM: the list renders a first screenful, then the rest in slices. */
  firstCardsAt: number | null;
  /** `target` cards are in the DOM. */
  cardsAt: number | null;
  target: number;
}

/** The callback document's own navigation timing, written into its opener (same origin). */
export interface CallbackTiming {
  timeOrigin: number;
  fetchStart: number;
  redirectStart: number;
  redirectEnd: number;
  redirectCount: number;
  requestStart: number;
  responseStart: number;
}

declare global {
  interface Window {
    __bench?: DashboardProbe;
    __benchCallback?: CallbackTiming;
  }
}

/** Installed before any page script: notes when the shell and the `target`-th card reach the DOM. */
function probe(arg: { appOrigin: string; target: number }): void {
  if (location.origin !== arg.appOrigin) return;
  if (location.pathname.endsWith('/callback.html')) {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const timing: CallbackTiming = {
      timeOrigin: performance.timeOrigin,
      fetchStart: nav?.fetchStart ?? NaN,
      redirectStart: nav?.redirectStart ?? NaN,
      redirectEnd: nav?.redirectEnd ?? NaN,
      redirectCount: nav?.redirectCount ?? NaN,
      requestStart: nav?.requestStart ?? NaN,
      responseStart: nav?.responseStart ?? NaN,
    };
    try {
      if (window.opener) (window.opener as Window).__benchCallback = timing;
    } catch {
      // A cross-origin opener: the completion run then fails its assertion, loudly.
    }
    return;
  }
  const state: DashboardProbe = { shellAt: null, decryptedAt: null, firstCardsAt: null, cardsAt: null, target: arg.target };
  window.__bench = state;
  // Only the dashboard decrypts (one call per stored connection); one `then` per call costs microseconds.
  const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
  crypto.subtle.decrypt = (...args: Parameters<SubtleCrypto['decrypt']>) =>
    decrypt(...args).then((plain) => {
      state.decryptedAt = performance.now();
      return plain;
    });
  const cards = document.getElementsByTagName('article');
  // Many printers get the compact list, which draws only the rows on screen: it is usable once the
  // table stands with every row counted (aria-rowcount), each one a scroll or a search away.
  const listReady = () => document.querySelector(`table[aria-rowcount="${state.target + 1}"] tbody tr[aria-rowindex]`) !== null;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (state.shellAt === null && document.querySelector('section.connect')) state.shellAt = now;
    if (state.firstCardsAt === null && (cards.length > 0 || listReady())) state.firstCardsAt = now;
    if (cards.length >= state.target || listReady()) {
      state.cardsAt = now;
      // Status updates later rewrite every card; watching them would only add overhead.
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The probe as an init script, with the keepNames shim in front. */
export function probeScript(appOrigin: string, target: number): { content: string } {
  return { content: `${NAME_SHIM}\n(${probe.toString()})(${JSON.stringify({ appOrigin, target })});` };
}
