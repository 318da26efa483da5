import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type UserConfig } from 'vite';
import { BUILD_TARGET } from './scripts/browser-support.ts';
import { callbackBuildPlugin } from './scripts/callback-build.ts';
import { oeProxyPlugin } from './scripts/oe-proxy.ts';
import { inlineCallbackPlugin } from './scripts/inline-callback.ts';
import { cspHeaderPlugin, cspMetaPlugin, securityHeaders } from './scripts/security-headers.ts';
import { loadConfig } from './src/config-schema.ts';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...pickViteVars(process.env) };
  const result = loadConfig(env);
  const config = result.ok ? result.config : null;
  // The CSP header goes per page (cspHeaderPlugin): the callback page's allows its inline script.
  const { 'Content-Security-Policy': _perPage, ...headers } = config ? securityHeaders(config) : { 'Referrer-Policy': 'no-referrer' };
  const shared: UserConfig = {
    mode,
    // The callback page needs only the origin: its own constant keeps the rest out of its bytes.
    define: { __OE_CONFIG__: JSON.stringify(result), __OE_ORIGIN__: JSON.stringify(config ? config.origin : null) },
    build: {
      // The oldest browsers the README promises; syntax newer than theirs is rewritten.
      target: BUILD_TARGET,
      // No modulepreload polyfill and no preload lists: a lazy chunk fetches the shared chunks it
      // imports once it arrives, one round trip later on a cold cache. (Vite still wraps lazy
      // imports in a small helper that loads their CSS.)
      modulePreload: false,
    },
  };
  return {
    ...shared,
    plugins: [
      preact(),
      cspMetaPlugin(config),
      cspHeaderPlugin(config),
      oeProxyPlugin(config),
      // The dev server serves both pages from source; a build makes the callback page separately.
      callbackBuildPlugin((outDir) => ({
        ...shared,
        configFile: false,
        logLevel: 'warn',
        plugins: [cspMetaPlugin(config), inlineCallbackPlugin(config)],
        build: {
          ...shared.build,
          outDir,
          emptyOutDir: false,
          rolldownOptions: {
            // The page's views load after the outcome is stored: an entry of their own (inline-callback.ts).
            input: { callback: resolve(import.meta.dirname, 'callback.html'), 'result-page': resolve(import.meta.dirname, 'src/callback/result-page.ts') },
            preserveEntrySignatures: 'exports-only',
          },
        },
      })),
    ],
    build: {
      ...shared.build,
      rolldownOptions: {
        input: { dashboard: resolve(import.meta.dirname, 'index.html') },
        // Everything the page loads first stays in its one script. Without this, Rolldown moves
        // Preact and the signals into a chunk of their own as soon as a lazily loaded view loads
        // another lazily (the card's webcam): one more request and ~0.3 kB more before interactive
        // (rolldown/rolldown#10731).
        output: { codeSplitting: { groups: [{ name: 'dashboard', tags: ['$initial'] }] } },
      },
    },
    server: { headers: { 'Referrer-Policy': 'no-referrer' } },
    preview: { headers },
  };
});

function pickViteVars(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[0].startsWith('VITE_') && entry[1] !== undefined),
  );
}
