/**
 * The stub OctoEverywhere (in-process) and a production build of the dashboard served by
 * `vite preview`, both on loopback and on their own ports, so other test runs are not disturbed.
 */
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { startStub } from '../e2e/stub/server.ts';
import { writeFloorPages } from './floor-page.ts';

export interface Servers {
  stubOrigin: string;
  appOrigin: string;
  close(): Promise<void>;
}

export async function startServers(opts: { root: string; stubPort: number; appPort: number; outDir: string }): Promise<Servers> {
  const stub = await startStub({ port: opts.stubPort });
  try {
    // vite.config.ts reads VITE_* from process.env: the build must point at this stub.
    process.env.VITE_OE_ORIGIN = stub.origin;
    process.env.VITE_OE_APP_ID = 'devtest';
    await build({ root: opts.root, logLevel: 'warn', build: { outDir: opts.outDir, emptyOutDir: true } });
    // Before preview starts: it reads each page's CSP (the floor's allows its inline script).
    await writeFloorPages(resolve(opts.root, opts.outDir));
    const server = await preview({
      root: opts.root,
      logLevel: 'warn',
      build: { outDir: opts.outDir },
      // The stub listens on 127.0.0.1 too; Chromium resolves localhost there.
      preview: { port: opts.appPort, strictPort: true, host: '127.0.0.1', open: false },
    });
    return {
      stubOrigin: stub.origin,
      appOrigin: `http://localhost:${opts.appPort}`,
      close: async () => {
        await server.close();
        await stub.close();
      },
    };
  } catch (error) {
    await stub.close();
    throw error;
  }
}
