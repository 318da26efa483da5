// CLI: `npx tsx e2e/stub/main.ts` starts the stub on STUB_PORT (default 4300) until SIGINT/SIGTERM.
import { startStub } from './server';

const raw = process.env.STUB_PORT ?? '4300';
const port = Number(raw);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`STUB_PORT must be a port number, got ${JSON.stringify(raw)}`);
  process.exit(2);
}

const stub = await startStub({ port });
console.log(`Stub OctoEverywhere listening on ${stub.origin}`);

let closing = false;
function shutdown(): void {
  if (closing) return;
  closing = true;
  // Delayed answers may still hold timers: exit once the server is closed.
  stub.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
