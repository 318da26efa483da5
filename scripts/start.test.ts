import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let blocker: Server | undefined;

afterEach(async () => {
  await new Promise((done) => (blocker ? blocker.close(done) : done(undefined)));
  blocker = undefined;
});

/** Runs `npm start`'s script and returns what it printed once it exits. */
function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => done({ code, output }));
  });
}

async function occupy(): Promise<number> {
  blocker = createServer();
  await new Promise<void>((done) => blocker!.listen(0, '127.0.0.1', done));
  return (blocker.address() as { port: number }).port;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

describe('npm start on a taken port', () => {
  it.each(['PORT', 'STUB_PORT'])('names the port and the variable %s, with no stack', async (variable) => {
    const taken = await occupy();
    const free = String(await freePort());
    const other: Record<string, string> = variable === 'PORT' ? { STUB_PORT: free } : { PORT: free };
    const { code, output } = await runStart({ [variable]: String(taken), ...other, VITE_OE_ORIGIN: '' });
    expect(code).toBe(1);
    expect(output).toContain(`Port ${taken} is already in use`);
    expect(output).toContain(`${variable}=<port> npm start`);
    expect(output).not.toMatch(/\n\s+at /);
  }, 20_000);

  it('refuses a port that is not a number, in words', async () => {
    const { code, output } = await runStart({ PORT: 'abc' });
    expect(code).toBe(1);
    expect(output).toContain('PORT=abc is not a port number');
  }, 20_000);
});
