import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_SUBGRAPHS, useTestStack } from '../../scripts/stack';

const TOKEN = 'scrape-token-0123456789';

/** The README's metric table (Observability → Metrics): name → the part that owns it. */
function readmeMetrics(): { name: string; part: string }[] {
  const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('### Metrics');
  const section = readme.slice(start, readme.indexOf('\n### ', start + 5));
  return section
    .split('\n')
    .filter((line) => /^\| `[a-z_]+` \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, name, , , part]) => ({ name: name.replace(/`/g, ''), part }));
}

/** True when the exposition has a sample of `name` (a histogram's `_bucket`/`_count` count). */
const hasSample = (text: string, name: string) => new RegExp(`^${name}(_bucket|_count|_sum)?(\\{| )`, 'm').test(text);

/**
 * Every metric the README lists appears, with a value, on /metrics of each part that owns it, so the
 * list and the code cannot drift apart.
 */
describe('every metric named in the README is served by its part', () => {
  const env = useTestStack('metrics', { metricsToken: TOKEN });

  test('gateway, every subgraph', async () => {
    const listed = readmeMetrics();
    expect(listed.length).toBeGreaterThan(15);
    expect(new Set(listed.map((m) => m.part))).toEqual(new Set(['every part', 'gateway', 'subgraphs']));
    // one operation through every subgraph, so latency histograms have samples
    const parked = ALL_SUBGRAPHS.map((s) => `${s}ParkedEvents { totalCount }`).join(' ');
    await env.ok(`{ ${parked} }`, {}, env.tokens.admin);
    const scrape = async (graphqlUrl: string) => {
      const res = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const parts: [string, string][] = [['gateway', env.stack.gateway.url], ...ALL_SUBGRAPHS.map((s) => [s, env.stack.subgraphs[s].url] as [string, string])];
    for (const [part, url] of parts) {
      const text = await scrape(url);
      const owned = listed.filter((m) => m.part === 'every part' || m.part === (part === 'gateway' ? 'gateway' : 'subgraphs'));
      const missing = owned.filter((m) => !hasSample(text, m.name)).map((m) => m.name);
      expect({ part, missing }).toEqual({ part, missing: [] });
    }
  });
});
