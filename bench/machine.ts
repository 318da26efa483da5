/** Where the figures came from: they only compare with figures from the same machine. */
import os from 'node:os';

export function machineInfo(chromium: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    totalMemoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
  };
}
