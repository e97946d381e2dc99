import { createJwtVerifier, signDevToken } from './jwt';
import { decodeActor, encodeActor } from './actor';
import { cachedVerifier } from './verified-tokens';

const SECRET = 'unit-test-secret-0123456789abcdef';

/** The real HS256 verifier, counting its calls. */
function countingVerifier() {
  const real = createJwtVerifier({ kind: 'hs256', secret: SECRET });
  const calls = { n: 0 };
  return { calls, verify: (token: string) => (calls.n++, real(token)) };
}

test('a token that verified is checked once; the actor handed out is frozen', async () => {
  const { calls, verify } = countingVerifier();
  const cached = cachedVerifier(verify);
  const token = await signDevToken(SECRET, { sub: 'c-1', role: 'customer', scopes: ['read'] });
  const first = await cached(token);
  const second = await cached(token);
  expect(second).toBe(first);
  expect(first.actor).toEqual({ id: 'c-1', role: 'customer', scopes: ['read'] });
  expect(calls.n).toBe(1);
  expect(() => (first.actor as { role: string }).role = 'admin').toThrow(TypeError);
  expect(() => (first.actor.scopes as string[]).push('write')).toThrow(TypeError);
});

test('a bad token is refused every time and never remembered', async () => {
  const { calls, verify } = countingVerifier();
  const cached = cachedVerifier(verify);
  const forged = await signDevToken('another-secret-0123456789abcdef!', { sub: 'admin-1', role: 'admin' });
  await expect(cached(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  await expect(cached(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  expect(calls.n).toBe(2);
});

test('an entry lives at most maxAgeMs, and never past the token’s exp', async () => {
  const { calls, verify } = countingVerifier();
  let now = Date.now();
  const cached = cachedVerifier(verify, { maxAgeMs: 60_000, now: () => now });
  const token = await signDevToken(SECRET, { sub: 'c-2', role: 'customer', expiresIn: '1h' });
  await cached(token);
  now += 59_000;
  await cached(token);
  expect(calls.n).toBe(1);
  now += 2_000; // past the minute: verified again
  await cached(token);
  expect(calls.n).toBe(2);

  const short = await signDevToken(SECRET, { sub: 'c-3', role: 'customer', expiresIn: '10s' });
  const { expiresAt } = await cached(short);
  now = expiresAt! + 1; // the cache's clock is past exp: not served from memory; jose (real time) still accepts it
  await cached(short);
  expect(calls.n).toBe(4);
});

test('at most `max` tokens are remembered (least recently used go first)', async () => {
  const { calls, verify } = countingVerifier();
  const cached = cachedVerifier(verify, { max: 2 });
  const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((sub) => signDevToken(SECRET, { sub, role: 'customer' })));
  await cached(a);
  await cached(b);
  await cached(c); // a goes
  await cached(b);
  expect(calls.n).toBe(3);
  await cached(a);
  expect(calls.n).toBe(4);
});

test('the forwarded header of a remembered actor is what encodeActor gives a fresh copy of it', async () => {
  const cached = cachedVerifier(countingVerifier().verify);
  const token = await signDevToken(SECRET, { sub: 'c-9', role: 'customer', scopes: ['a', 'b'] });
  const { actor } = await cached(token);
  const header = encodeActor(actor);
  expect(encodeActor(actor)).toBe(header);
  expect(decodeActor(header)).toEqual({ id: 'c-9', role: 'customer', scopes: ['a', 'b'] });
  expect(encodeActor({ ...actor, scopes: [...actor.scopes] })).toBe(header);
});
