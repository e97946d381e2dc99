import { ident } from '../events/sql';

/**
 * The record of a subgraph's scheduled runs: one row per job and period (the database clock's
 * `epoch ms / everyMs`), written by the replica that ran it. The key makes a period run once however
 * many replicas' timers fire in it.
 */
export function jobRunsSql(schema: string): string[] {
  const s = ident(schema);
  return [
    `create table ${s}.job_runs (
       job text not null,
       period bigint not null,
       runner text not null,
       started_at timestamptz not null default now(),
       finished_at timestamptz,
       primary key (job, period)
     )`,
  ];
}
