import { parseArgs } from 'node:util';
import { str } from '@member-graph/common/config';
import { isRole, signDevToken } from '@member-graph/common/auth';
import { readEnv } from '@member-graph/common/config';

/** `npm run token -- --role customer --sub <id> [--scope a --scope b] [--expires 12h]`: mints a local HS256 token. */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      scope: { type: 'string', multiple: true },
      expires: { type: 'string', default: '12h' },
    },
  });
  if (!isRole(values.role) || !values.sub) {
    console.error('usage: npm run token -- --role <customer|agent|marketer|admin|system> --sub <id> [--scope s]… [--expires 12h]');
    process.exit(2);
  }
  const { JWT_SECRET } = readEnv({ JWT_SECRET: str({ default: 'dev-jwt-secret-change-me-0123456789' }) });
  console.log(await signDevToken(JWT_SECRET, { role: values.role, sub: values.sub, scopes: values.scope, expiresIn: values.expires }));
}

void main();
