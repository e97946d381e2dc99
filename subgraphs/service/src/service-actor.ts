import type { Actor } from '@member-graph/common/auth';

/** The actor recorded for what the service does by itself (auto-approval, SLA job, recovery tickets). */
export const SERVICE_ACTOR: Actor = { id: 'service', role: 'system', scopes: [] };
