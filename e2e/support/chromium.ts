import { existsSync } from 'node:fs';

/**
 * Which Chromium the tests drive. `CHROMIUM_PATH` wins; else a system Chromium (Debian's package,
 * where Playwright cannot download its own); else undefined, and Playwright uses its own browser.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/** Keeps Chromium from calling home: this machine has no network but loopback. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
