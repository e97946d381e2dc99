import { cleanEnv, str, port, url, bool, num, makeValidator, EnvError, EnvMissingError } from 'envalid';

export { str, port, url, bool, num, makeValidator };

/** Thrown at start-up when an environment variable is missing or invalid; the message names each variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once against `spec`, validates it and returns a frozen, typed object.
 * Any invalid or missing variable fails fast with a message naming it (no process.exit, so callers decide).
 */
export function readEnv<S extends Parameters<typeof cleanEnv>[1]>(spec: S, env: NodeJS.ProcessEnv = process.env) {
  return Object.freeze(
    cleanEnv(env, spec, {
      reporter: ({ errors }) => {
        const names = Object.entries(errors);
        if (names.length === 0) return;
        const lines = names.map(([name, err]) =>
          err instanceof EnvMissingError ? `${name} is required but not set` : `${name} is invalid: ${(err as EnvError).message}`,
        );
        throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
      },
    }),
  );
}

/** `development` turns on introspection, the playground and verbose errors; `production` turns them off. */
export const nodeEnv = () =>
  readEnv({ NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }) }).NODE_ENV;
