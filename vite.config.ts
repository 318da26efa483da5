import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig, loadEnv } from 'vite';
import { oeProxyPlugin } from './scripts/oe-proxy.ts';
import { cspMetaPlugin, securityHeaders } from './scripts/security-headers.ts';
import { loadConfig } from './src/config-schema.ts';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...pickViteVars(process.env) };
  const result = loadConfig(env);
  const config = result.ok ? result.config : null;
  const headers = config ? securityHeaders(config) : { 'Referrer-Policy': 'no-referrer' };
  return {
    plugins: [preact(), cspMetaPlugin(config), oeProxyPlugin(config)],
    define: { __OE_CONFIG__: JSON.stringify(result) },
    build: {
      target: 'es2022',
      // Every browser this runs in supports modulepreload; the polyfill would cost each page bytes.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // What both pages need from storage in one chunk: one request, one gzip stream.
          codeSplitting: { groups: [{ name: 'store', test: /\/src\/(store\/(database|errors|records|sealing|sealed-record|finish-attempt)|portal\/messages)\.ts|idb-keyval/, priority: 1 }] },
        },
        input: {
          dashboard: resolve(import.meta.dirname, 'index.html'),
          callback: resolve(import.meta.dirname, 'callback.html'),
        },
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
