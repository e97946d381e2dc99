import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ServerName } from '@member-graph/common/config';

const ROOT = path.join(__dirname, '..', '..');

/** The entry point of each server (what its image or a process manager runs). */
export const SERVER_ENTRIES: Readonly<Record<ServerName, string>> = Object.freeze({
  gateway: 'gateway/src/main.ts',
  customer: 'subgraphs/customer/src/main.ts',
  loyalty: 'subgraphs/loyalty/src/main.ts',
  service: 'subgraphs/service/src/main.ts',
  marketing: 'subgraphs/marketing/src/main.ts',
});

/** A server running as its own process: its URL once ready, and how to stop it. */
export interface ServerProcess<N extends string = ServerName> {
  name: N;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts one server as a child process (so every core works), forwarding its output line by line while
 * `forward()` says so (its JSON log lines as they are: they name their part; anything else prefixed with
 * its name); `capture`, when given, gets every line of stdout and stderr. Resolves when it logs
 * `ready at <url>`, rejects with its last lines if it exits first (a port in use, a bad variable).
 */
export function startServer(name: ServerName, env: NodeJS.ProcessEnv, forward: () => boolean, capture?: (line: string) => void): Promise<ServerProcess> {
  return startProcess(name, SERVER_ENTRIES[name], env, forward, capture);
}

/** `startServer` for any entry point (relative to the repository root) that prints `ready at <url>` (the bench's peer gateways). */
export function startProcess<N extends string>(name: N, entry: string, env: NodeJS.ProcessEnv, forward: () => boolean, capture?: (line: string) => void): Promise<ServerProcess<N>> {
  const child = spawn(process.execPath, ['--conditions=member-graph-source', '-r', '@swc-node/register', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      capture?.(line);
      recent.push(line);
      if (recent.length > 20) recent.shift();
      const ready = /ready at ([^\s"]+)/.exec(line);
      if (ready) resolve({ name, url: ready[1], child, stop: () => stopChild(child, exited) });
      else if (forward()) console.log(line.startsWith('{') ? line : `[${name}] ${line}`);
    };
    linesOf(child.stdout!, onLine);
    linesOf(child.stderr!, onLine);
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${recent.join('\n')}`)));
  });
}

function linesOf(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
  let buffer = '';
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(line);
  });
}

/** SIGTERM, then SIGKILL after 15 s; resolves when the process is gone. */
async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
