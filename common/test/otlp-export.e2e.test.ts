import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const runFixture = (env: NodeJS.ProcessEnv) =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--conditions=member-graph-source', '-r', '@swc-node/register', path.join(__dirname, 'fixtures/otlp-export.ts')], {
      env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: '', ...env },
      stdio: 'ignore',
    });
    child.once('exit', resolve);
  });

/** A real process exports its spans over OTLP/HTTP to `<endpoint>/v1/traces` (a local receiver), and only when the endpoint is set. */
test('spans leave the process over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and tracing is off without it', async () => {
  const received: { path?: string; body: string }[] = [];
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url, body: Buffer.concat(chunks).toString('latin1') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    expect(await runFixture({})).toBe(2);
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    expect(await runFixture({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'otlp-check' })).toBe(0);
    expect(received.map((r) => r.path)).toEqual(['/v1/traces']);
    expect(received[0].body).toContain('exported-span');
    expect(received[0].body).toContain('otlp-check');
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
