/**
 * The oldest browsers the dashboard promises to work in (README, "Browsers"), and the build's
 * syntax target derived from them. Set by the newest platform features it relies on: `<dialog>`
 * (Firefox 98), an abort reason on AbortSignal (Chrome 98), and class fields left as written
 * (Safari 16; for Safari 15 the build would rewrite them, at a cost the callback page's byte
 * budget cannot carry). `scripts/browser-support.test.ts` keeps newer APIs out of `src/`.
 */
export const OLDEST_BROWSERS = { chrome: '98', edge: '98', firefox: '98', safari: '16' } as const;

export const BUILD_TARGET: string[] = Object.entries(OLDEST_BROWSERS).map(([name, version]) => `${name}${version}`);
