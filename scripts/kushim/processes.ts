import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

/** A child process of the orchestrator, its output prefixed with its name. */
export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** The last lines it printed (kept even when quiet, to explain a failed start). */
  tail: string[];
  stop(): Promise<void>;
}

const children = new Set<ManagedProcess>();

export function start(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): ManagedProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const tail: string[] = [];
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) {
        continue;
      }
      tail.push(line);
      if (tail.length > 20) {
        tail.shift();
      }
      if (!options.quiet) {
        stream.write(prefix + line + '\n');
      }
    }
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  const managed: ManagedProcess = {
    name,
    child,
    tail,
    stop: () =>
      new Promise<void>((resolve) => {
        children.delete(managed);
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
  children.add(managed);
  return managed;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => c.stop()));
}

/** Runs a command to completion, inheriting the terminal; resolves with its exit code. */
export function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

export function canConnect(host: string, port: number, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A TCP port nothing listens on right now (asked of the OS). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx, or throws after `timeoutMs` naming the process that did not come up. */
export async function waitForHttp(url: string, timeoutMs: number, watched?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (watched && watched.child.exitCode !== null) {
      throw new Error(
        `${watched.name} exited with code ${watched.child.exitCode} before ${url} answered:\n${watched.tail.join('\n')}`,
      );
    }
    try {
      const res = await fetch(url);
      if (res.ok) {
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
