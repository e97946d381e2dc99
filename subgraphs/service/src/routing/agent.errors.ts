import { DomainError, notFound } from '@member-graph/common/errors';

/** The domain errors of agents, one factory per code. */

/** NOT_FOUND: no agent with that id has skills set (an admin registers agents with setAgentSkills). */
export const agentNotFound = (agentId: string) => notFound('Agent', agentId);

/** FORBIDDEN: an agent sets only their own online status. */
export const notOwnStatus = () => new DomainError('FORBIDDEN', 'An agent sets only their own online status; admins set anyone\'s');
