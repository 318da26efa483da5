/**
 * Browser contexts for the bench. tsx compiles with esbuild's keepNames, which wraps inner
 * functions in `__name(...)`; functions sent to a page carry those calls, so every page gets a
 * no-op `__name` before anything else runs.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { storeHelpersScript } from './idb-page.ts';

export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** A fresh context: its own storage and HTTP cache, with the shim and the storage helpers. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  context.setDefaultTimeout(20_000);
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(storeHelpersScript);
  return context;
}
