import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

/** Where Debian puts nginx, which a non-root PATH may lack. */
const PATH = `${process.env.PATH ?? ''}:/usr/sbin:/sbin`;

/** The nginx command, or null when none is installed. */
export function findNginx(): string | null {
  const found = spawnSync('nginx', ['-v'], { env: { ...process.env, PATH }, stdio: 'ignore' });
  return found.error ? null : 'nginx';
}

export function hasOpenssl(): boolean {
  return !spawnSync('openssl', ['version'], { stdio: 'ignore' }).error;
}

/** The README's one ```nginx block, exactly as written. */
export function readmeNginxSnippet(readmePath: string): string {
  const blocks = [...readFileSync(readmePath, 'utf8').matchAll(/^```nginx\n([\s\S]*?)^```$/gm)];
  if (blocks.length !== 1) throw new Error(`README.md should hold exactly one nginx block, found ${blocks.length}`);
  return blocks[0]![1]!;
}

/**
 * Each `[from, to]` must occur in the snippet: a README edit that drops one fails the test loudly
 * instead of quietly testing something else. Every occurrence is replaced.
 */
export function substitute(snippet: string, replacements: Array<[string, string]>): string {
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`The README's nginx block no longer contains ${JSON.stringify(from)}`);
    return text.replaceAll(from, to);
  }, snippet);
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningNginx {
  stop(): Promise<void>;
  errorLog(): string;
}

/**
 * Runs nginx in the foreground with everything in `dir`: the snippet inside an `http` block,
 * its own pid, logs and temp paths, one process (no workers to switch user).
 */
export async function startNginx(command: string, dir: string, snippet: string, port: number): Promise<RunningNginx> {
  const temp = join(dir, 'temp');
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(temp, sub), { recursive: true });
  const errorLog = join(dir, 'error.log');
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${errorLog} info;
events { worker_connections 64; }
http {
    access_log ${join(dir, 'access.log')};
    types { text/html html; text/javascript js; }
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
${snippet}
}
`);
  const child = spawn(command, ['-p', dir, '-c', conf, '-e', errorLog], { env: { ...process.env, PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  try {
    await waitForPort(child, port);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}\n${readLog()}`);
  }
  return { stop: () => stop(child), errorLog: readLog };
}

async function waitForPort(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('not listening after 10 s');
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.on('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
