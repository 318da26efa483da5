import { createServer } from 'node:net';

/** A port that `npm start` needs is taken: the message says which and how to pick another. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly variable: string,
  ) {
    super(`Port ${port} is already in use (another npm start, or another program). Stop it, or pick another port: ${variable}=<port> npm start`);
    this.name = 'PortInUseError';
  }
}

/**
 * Fails in words before anything slow runs when `port` is taken on loopback. Both address
 * families are tried: Vite listens on `localhost`, which may be ::1 or 127.0.0.1.
 */
export async function assertPortFree(port: number, variable: string): Promise<void> {
  for (const host of ['127.0.0.1', '::1']) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code !== 'EADDRINUSE'));
      probe.listen(port, host, () => probe.close(() => resolve(true)));
    });
    if (!free) throw new PortInUseError(port, variable);
  }
}

/** Reads a port variable, refusing anything that is not a port number. */
export function portFrom(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable}=${raw} is not a port number: use a whole number from 1 to 65535.`);
  }
  return port;
}
