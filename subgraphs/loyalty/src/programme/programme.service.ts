import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput } from '@member-graph/common/errors';
import { envelope, type Doorbell, type Outbox } from '@member-graph/common/events';
import { log } from '@member-graph/common/log';
import type { Clock } from '@member-graph/common/time';
import { invalidProgramme, programmeVersionConflict } from './programme.errors';
import { PROGRAMME_CHANNEL, type ProgrammeConfig, type ProgrammeVersion, type ProgrammeView } from './programme.definitions';
import { ProgrammeRepository } from './programme.repository';
import { programmeProblems } from './programme.rules';

/** Who seeds version 1 from the environment. */
const SEED_ACTOR: Actor = { id: 'loyalty-settings', role: 'system', scopes: [] };
/** One writer at a time appends a version (seed or admin change). */
const WRITE_LOCK = `select pg_advisory_xact_lock(hashtext('loyalty.programme_versions'))`;

/** An admin's change: the whole programme as it should be from now on, and why. */
export interface UpdateProgrammeCommand {
  config: ProgrammeConfig;
  reason: string;
  /** The version the admin edited; a newer one in force is PROGRAMME_VERSION_CONFLICT (optional). */
  expectedVersion?: number | null;
}

/**
 * The loyalty programme as data: tiers (with their benefits), earning rules and badges, one version per
 * change (actor, time, reason) in `loyalty.programme_versions`. Each replica holds the newest version in
 * memory, so reading it costs nothing per request or event; a change rings the doorbell on commit and
 * every replica re-reads (where rings can be lost, NATS, it also re-checks every `safetyPollMs`). The
 * first start seeds version 1 from the environment settings, so an untouched programme behaves as before.
 */
export class ProgrammeService implements ProgrammeView {
  private inForce: ProgrammeVersion | null = null;
  private readonly repo = new ProgrammeRepository();
  private unlisten: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock; listener: Doorbell },
    private readonly seed: ProgrammeConfig,
  ) {}

  /** The programme in force on this replica. */
  current(): ProgrammeConfig {
    if (!this.inForce) throw new Error('ProgrammeService.start() has not run');
    return this.inForce.config;
  }

  get version(): number {
    return this.inForce?.version ?? 0;
  }

  /** Seeds version 1 when there is none, reads the newest and follows changes. */
  async start(): Promise<void> {
    if ((await this.repo.latestNumber(this.deps.dataSource)) === 0) {
      await inTransaction(this.deps.dataSource, (tx) => this.append(tx, SEED_ACTOR, this.seed, 'seeded from the environment settings', 0));
    }
    const follow = () => void this.refresh().catch(() => undefined); // a failed re-read was logged; the next ring or poll retries
    this.unlisten = await this.deps.listener.listen(PROGRAMME_CHANNEL, follow);
    await this.refresh();
    const every = this.deps.listener.safetyPollMs;
    if (every) this.timer = setInterval(follow, every).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.unlisten?.().catch(() => undefined);
    this.unlisten = null;
  }

  /** Re-reads the newest version when the database has a newer one than this replica (a failed read keeps the old one). */
  async refresh(): Promise<void> {
    try {
      const newest = await this.repo.latestNumber(this.deps.dataSource);
      if (newest <= this.version) return;
      const latest = await this.repo.latest(this.deps.dataSource);
      if (latest && latest.version > this.version) this.inForce = latest;
    } catch (error) {
      log('loyalty').warn({ err: error }, 'could not re-read the loyalty programme; the version in force stays');
      if (!this.inForce) throw error;
    }
  }

  /** The version in force, for admins. */
  async inForceVersion(actor: Actor | null): Promise<ProgrammeVersion> {
    requireRole(actor, 'admin');
    await this.refresh();
    return this.inForce!;
  }

  /** Versions, newest first (admins). */
  async versions(actor: Actor | null, first: number, beforeVersion: number | null): Promise<ProgrammeVersion[]> {
    requireRole(actor, 'admin');
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be 1–100', { field: 'first' });
    if (beforeVersion != null && (!Number.isInteger(beforeVersion) || beforeVersion < 1)) throw badInput('beforeVersion must be a version number >= 1', { field: 'beforeVersion' });
    return this.repo.page(this.deps.dataSource, first, beforeVersion ?? null);
  }

  /** An admin saves a new version: validated against the rules and the version in force, or nothing changes. */
  async update(actor: Actor | null, cmd: UpdateProgrammeCommand): Promise<ProgrammeVersion> {
    const a = requireRole(actor, 'admin');
    const reason = cmd.reason?.trim() ?? '';
    if (reason.length < 1 || reason.length > 200) throw badInput('reason must be 1–200 characters', { field: 'reason' });
    const saved = await inTransaction(this.deps.dataSource, async (tx) => {
      await tx.query(WRITE_LOCK);
      const current = await this.repo.latest(tx);
      const at = current?.version ?? 0;
      if (cmd.expectedVersion != null && cmd.expectedVersion !== at) throw programmeVersionConflict(cmd.expectedVersion, at);
      const problems = programmeProblems(cmd.config, current?.config ?? null);
      if (problems.length) throw invalidProgramme(problems);
      return this.append(tx, a, cmd.config, reason, at);
    });
    if (saved && saved.version > this.version) this.inForce = saved;
    return saved!;
  }

  /** Appends version `after + 1`, announces it (event + doorbell) in the same transaction. */
  private async append(tx: EntityManager, actor: Actor, config: ProgrammeConfig, reason: string, after: number): Promise<ProgrammeVersion | null> {
    if (after === 0) await tx.query(WRITE_LOCK);
    if (after === 0 && (await this.repo.latestNumber(tx)) > 0) return null; // another replica seeded first
    const now = this.deps.clock.now();
    const saved = await this.repo.insert(tx, { version: after + 1, config, actorId: actor.id, actorRole: actor.role, reason, createdAt: now });
    if (!saved) return null;
    const tiers = config.tiers.map((t) => ({ code: t.code, threshold: t.threshold, freeReturnShipping: t.benefits.freeReturnShipping, servicePriority: t.benefits.servicePriority }));
    await this.deps.outbox.write(tx, envelope('loyalty.programme_changed', 'programme', { version: saved.version, tiers }, { actor, occurredAt: now }));
    await this.deps.listener.ringOnCommit(tx, PROGRAMME_CHANNEL, String(saved.version));
    return saved;
  }
}
