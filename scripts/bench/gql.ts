/** One GraphQL request over HTTP; throws on a transport error or any GraphQL error. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code ?? ''} ${body.errors[0].message}`);
  return body.data as T;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Runs `work(i)` for i in [0, count) with at most `limit` in flight. */
export async function inParallel(count: number, limit: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** The p-th percentile (0–100) of `values`. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The metric `name` summed over the Prometheus text of each server's /metrics. */
export async function metricSum(urls: string[], name: string): Promise<number> {
  let sum = 0;
  for (const url of urls) {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    for (const line of text.split('\n')) if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** `gql`, retried (up to 5 times, 500 ms apart) while the stack answers SERVICE_UNAVAILABLE (a saturated pool on a loaded machine). */
export async function gqlRetry<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await gql<T>(url, query, variables, headers);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('SERVICE_UNAVAILABLE')) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
