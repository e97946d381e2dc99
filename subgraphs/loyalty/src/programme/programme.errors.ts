import { DomainError } from '@member-graph/common/errors';
import type { ProgrammeProblem } from './programme.rules';

/** The proposed programme breaks a rule: BAD_USER_INPUT naming the first problem, every problem in `problems`. */
export const invalidProgramme = (problems: ProgrammeProblem[]) =>
  new DomainError('BAD_USER_INPUT', `Invalid loyalty programme: ${problems.map((p) => p.message).join('; ')}`, { field: problems[0].field, problems });

/** The admin edited an older version than the one in force (someone else saved in between). */
export const programmeVersionConflict = (expected: number, current: number) =>
  new DomainError('PROGRAMME_VERSION_CONFLICT', `The programme is at version ${current}, not ${expected}: reload it and apply your change again`, { expectedVersion: expected, currentVersion: current });
