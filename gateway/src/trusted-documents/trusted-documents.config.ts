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
  /** The staff SDK's manifest, binding staff with TRUSTED_DOCUMENTS_STAFF=manifest (TRUSTED_DOCUMENTS_STAFF_MANIFEST). */
  staffManifestPath: string;
}

/** An SDK's manifest, from gateway/src/trusted-documents (sources) or dist/gateway/src/trusted-documents (compiled) alike. */
const sdkManifest = (client: string) => path.join(__dirname, '..', '..', '..', 'clients', client, 'src', 'gql', 'persisted-documents.json');

/** Reads TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_STAFF and the two manifest paths; `production` sets the default. */
export function readTrustedDocumentsConfig(env: NodeJS.ProcessEnv, production: boolean): TrustedDocumentsConfig {
  const raw = readEnv(
    {
      TRUSTED_DOCUMENTS: str({ choices: ['', 'true', 'false'], default: '' }),
      TRUSTED_DOCUMENTS_STAFF: str({ choices: ['any', 'manifest'], default: 'any' }),
      TRUSTED_DOCUMENTS_MANIFEST: str({ default: sdkManifest('app') }),
      TRUSTED_DOCUMENTS_STAFF_MANIFEST: str({ default: sdkManifest('staff') }),
    },
    env,
  );
  return {
    enabled: raw.TRUSTED_DOCUMENTS === '' ? production : raw.TRUSTED_DOCUMENTS === 'true',
    staff: raw.TRUSTED_DOCUMENTS_STAFF as 'any' | 'manifest',
    manifestPath: raw.TRUSTED_DOCUMENTS_MANIFEST,
    staffManifestPath: raw.TRUSTED_DOCUMENTS_STAFF_MANIFEST,
  };
}
