import path from 'node:path';
import { readEnv, str } from '@member-graph/common/config';

/** Which operations the gateway accepts (README "Trusted documents"). */
export interface TrustedDocumentsConfig {
  /** On: customers and anonymous callers run only operations of the manifest (TRUSTED_DOCUMENTS; default on in production). */
  enabled: boolean;
  /** `any`: staff roles may send any operation; `manifest`: they too are held to the manifest (TRUSTED_DOCUMENTS_STAFF). */
  staff: 'any' | 'manifest';
  /** The manifest, hash → document (TRUSTED_DOCUMENTS_MANIFEST; default: the app SDK's, written by `npm run codegen`). */
  manifestPath: string;
}

/** The app SDK's manifest, from gateway/src (sources) or dist/gateway/src (compiled) alike. */
const SDK_MANIFEST = path.join(__dirname, '..', '..', '..', 'clients', 'app', 'src', 'gql', 'persisted-documents.json');

/** Reads TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_STAFF and TRUSTED_DOCUMENTS_MANIFEST; `production` sets the default. */
export function readTrustedDocumentsConfig(env: NodeJS.ProcessEnv, production: boolean): TrustedDocumentsConfig {
  const raw = readEnv(
    {
      TRUSTED_DOCUMENTS: str({ choices: ['', 'true', 'false'], default: '' }),
      TRUSTED_DOCUMENTS_STAFF: str({ choices: ['any', 'manifest'], default: 'any' }),
      TRUSTED_DOCUMENTS_MANIFEST: str({ default: SDK_MANIFEST }),
    },
    env,
  );
  return {
    enabled: raw.TRUSTED_DOCUMENTS === '' ? production : raw.TRUSTED_DOCUMENTS === 'true',
    staff: raw.TRUSTED_DOCUMENTS_STAFF as 'any' | 'manifest',
    manifestPath: raw.TRUSTED_DOCUMENTS_MANIFEST,
  };
}
