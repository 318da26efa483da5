/**
 * `npm start`: builds the dashboard, serves it, and starts the stub OctoEverywhere it talks to,
 * so a newcomer can connect printers without an account. `npm run dev` does the same with Vite's
 * dev server. Set VITE_OE_ORIGIN to use another OctoEverywhere (then no stub is started).
 */
import { build, createServer, preview } from 'vite';
import { startStub } from '../e2e/stub/server.ts';
import { assertPortFree, portFrom } from './port-check.ts';

const dev = process.argv.includes('--dev');

async function main(): Promise<void> {
  const appPort = portFrom(process.env, 'PORT', 4173);
  const stubPort = portFrom(process.env, 'STUB_PORT', 4300);
  const useStub = !process.env.VITE_OE_ORIGIN;
  // Checked before the build, so a taken port fails in a second, not after it.
  await assertPortFree(appPort, 'PORT');
  if (useStub) await assertPortFree(stubPort, 'STUB_PORT');

  let stub: Awaited<ReturnType<typeof startStub>> | null = null;
  if (useStub) {
    stub = await startStub({ port: stubPort });
    process.env.VITE_OE_ORIGIN = stub.origin;
  }
  const server = dev
    ? await (await createServer({ server: { port: appPort, strictPort: true } })).listen()
    : await (async () => {
        await build({ logLevel: 'warn' });
        return preview({ preview: { port: appPort, strictPort: true } });
      })();

  const url = `http://localhost:${appPort}/`;
  console.log('');
  console.log(`  Printer Dashboard:        ${url}   <- open this`);
  console.log(`  OctoEverywhere origin:    ${process.env.VITE_OE_ORIGIN}${stub ? ' (local stub)' : ''}`);
  console.log('  Press Ctrl+C to stop.');
  console.log('');

  const stop = async () => {
    await server.close();
    await stub?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  // Our own errors are written for people: no stack. Anything else keeps its stack for a report.
  const known = error instanceof Error && (error.name === 'PortInUseError' || error.message.includes('is not a port number'));
  console.error(known ? `\n  npm start: ${(error as Error).message}\n` : error);
  process.exit(1);
});
