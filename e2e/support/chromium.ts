import { existsSync } from 'node:fs';

/** Where the e2e browser comes from, in the order it is looked for. */
export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright' | 'packaged';

export interface ChosenBrowser {
  source: BrowserSource;
  /** Undefined only for Playwright's own browser, which Playwright finds by itself. */
  executablePath: string | undefined;
  why: string;
}

/** Set to `packaged` to skip every installed browser: what a bare machine (and CI) runs. */
export const FORCE_VARIABLE = 'E2E_BROWSER';
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

interface Probes {
  exists(path: string): boolean;
  playwrightExecutable(): Promise<string | undefined>;
  packagedExecutable(): Promise<string>;
}

/**
 * Which Chromium the tests drive: `CHROMIUM_PATH`; else a system Chromium (Debian's package); else
 * Playwright's own download, if there is one; else the Chromium that `npm ci` brought inside
 * `@sparticuz/chromium`, unpacked on first use. `E2E_BROWSER=packaged` goes straight to the last.
 */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env, probes: Probes = realProbes): Promise<ChosenBrowser> {
  const forcePackaged = env[FORCE_VARIABLE] === 'packaged';
  if (!forcePackaged) {
    if (env.CHROMIUM_PATH) return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH, why: 'CHROMIUM_PATH is set' };
    const system = SYSTEM_PATHS.find((path) => probes.exists(path));
    if (system) return { source: 'system', executablePath: system, why: `a system Chromium is installed at ${system}` };
    const own = await probes.playwrightExecutable();
    if (own && probes.exists(own)) return { source: 'playwright', executablePath: undefined, why: "Playwright's own Chromium is installed" };
  }
  const why = forcePackaged
    ? `${FORCE_VARIABLE}=packaged skips any installed browser`
    : "no CHROMIUM_PATH, no system Chromium and no Playwright browser";
  return { source: 'packaged', executablePath: await probes.packagedExecutable(), why: `${why}; using @sparticuz/chromium from node_modules` };
}

const realProbes: Probes = {
  exists: existsSync,
  async playwrightExecutable() {
    const { chromium } = await import('@playwright/test');
    try {
      return chromium.executablePath();
    } catch {
      return undefined; // this Playwright has no browser registry entry for Chromium
    }
  },
  async packagedExecutable() {
    const { default: packaged } = await import('@sparticuz/chromium');
    return packaged.executablePath();
  },
};

/** Keeps Chromium from calling home: this machine has no network but loopback. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CHOSEN_VARIABLE = 'E2E_CHOSEN_BROWSER';

/**
 * The browser for this test run, chosen and announced once: Playwright loads its config again in
 * every worker, and the workers inherit the choice through the environment.
 */
export async function browserForThisRun(env: NodeJS.ProcessEnv = process.env): Promise<ChosenBrowser> {
  const inherited = env[CHOSEN_VARIABLE];
  if (inherited) return JSON.parse(inherited) as ChosenBrowser;
  const chosen = await chooseChromium(env);
  console.log(`e2e browser: ${chosen.source} (${chosen.why})${chosen.executablePath ? `: ${chosen.executablePath}` : ''}`);
  env[CHOSEN_VARIABLE] = JSON.stringify(chosen);
  return chosen;
}
