import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import type { ProgrammeConfig, ProgrammeVersion } from './programme.definitions';

const COLUMNS = `version, config, actor_id as "actorId", actor_role as "actorRole", reason, created_at as "createdAt"`;

/** The programme's versions (`loyalty.programme_versions`, append-only): the newest is in force. */
export class ProgrammeRepository {
  /** The newest version (null before the first one is seeded). */
  async latest(q: DataSource | EntityManager): Promise<ProgrammeVersion | null> {
    const [row] = await queryRows<ProgrammeVersion>(q, `select ${COLUMNS} from loyalty.programme_versions order by version desc limit 1`);
    return row ?? null;
  }

  /** The newest version number only (0 before the seed): what a replica compares before reading the document. */
  async latestNumber(q: DataSource | EntityManager): Promise<number> {
    const [row] = await queryRows<{ v: number }>(q, `select coalesce(max(version), 0)::int as v from loyalty.programme_versions`);
    return row.v;
  }

  /** Appends a version; null when that version number exists already (another writer was first). */
  async insert(tx: EntityManager, v: { version: number; config: ProgrammeConfig; actorId: string; actorRole: string; reason: string; createdAt: Date }): Promise<ProgrammeVersion | null> {
    const [row] = await queryRows<ProgrammeVersion>(
      tx,
      `insert into loyalty.programme_versions (version, config, actor_id, actor_role, reason, created_at) values ($1, $2, $3, $4, $5, $6)
       on conflict (version) do nothing returning ${COLUMNS}`,
      [v.version, JSON.stringify(v.config), v.actorId, v.actorRole, v.reason, v.createdAt],
    );
    return row ?? null;
  }

  /** Versions newest first, below `beforeVersion` when given. */
  page(q: DataSource, first: number, beforeVersion: number | null): Promise<ProgrammeVersion[]> {
    return queryRows<ProgrammeVersion>(
      q,
      `select ${COLUMNS} from loyalty.programme_versions where ($2::int is null or version < $2) order by version desc limit $1`,
      [first, beforeVersion],
    );
  }
}
