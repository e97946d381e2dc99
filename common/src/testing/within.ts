/**
 * `promise`, or a failure naming `what` after `ms`: a hang guard for a test waiting on a stream or a
 * socket. Its timer is cleared either way, so a test file (or a folder's e2e group) does not keep jest
 * waiting on it after the tests are done.
 */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
