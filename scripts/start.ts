/**
 * `npm start`: builds the dashboard, serves it, and starts the stub OctoEverywhere it talks to,
 * so a newcomer can connect printers without an account. `npm run dev` does the same with Vite's
 * dev server. Set VITE_OE_ORIGIN to use another OctoEverywhere (then no stub is started).
 */
import { build, createServer, preview } from 'vite';
import { startStub } from '../e2e/stub/server.ts';

const dev = process.argv.includes('--dev');
const appPort = Number(process.env.PORT ?? 4173);
const stubPort = Number(process.env.STUB_PORT ?? 4300);

async function main(): Promise<void> {
  let stub: Awaited<ReturnType<typeof startStub>> | null = null;
  if (!process.env.VITE_OE_ORIGIN) {
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
  console.error(error);
  process.exit(1);
});
