import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';

/**
 * Offers a satisfaction survey for a closed ticket or a refunded return, once per ticket or return
 * (closing a reopened ticket again offers no second survey).
 */
export async function offerSurvey(tx: EntityManager, s: { customerId: string; ticketId?: string; returnId?: string; at: Date }): Promise<void> {
  await tx.query(
    `insert into service.surveys (id, customer_id, ticket_id, return_id, created_at) values ($1, $2, $3, $4, $5) on conflict do nothing`,
    [randomUUID(), s.customerId, s.ticketId ?? null, s.returnId ?? null, s.at],
  );
}

/** Answers of one period (Asia/Shanghai), as `satisfactionByPeriod` returns them. */
export interface SatisfactionPeriodRow {
  p: string;
  n: number;
  csat: string | null;
  sat: number;
  promoters: number;
  passives: number;
  detractors: number;
  ces: string | null;
}

/** Every period (`unit`, checked by the caller) from the one of $1 to $2 with its answers' figures (zeros and nulls when none), in one statement. */
export function satisfactionByPeriod(ds: DataSource, from: string, to: string, unit: 'day' | 'week' | 'month'): Promise<SatisfactionPeriodRow[]> {
  return queryRows<SatisfactionPeriodRow>(
    ds,
    `with answers as (
       select date_trunc('${unit}', (answered_at at time zone 'Asia/Shanghai')::date) as p, csat, nps, ces
         from service.surveys
        where answered_at >= ($1::date::timestamp at time zone 'Asia/Shanghai') and answered_at < (($2::date + 1)::timestamp at time zone 'Asia/Shanghai')
     )
     select to_char(p, 'YYYY-MM-DD') as p, count(a.p)::int as n, avg(csat)::float8::text as csat, count(*) filter (where csat >= 4)::int as sat,
            count(*) filter (where nps >= 9)::int as promoters, count(*) filter (where nps between 7 and 8)::int as passives,
            count(*) filter (where nps <= 6)::int as detractors, avg(ces)::float8::text as ces
       from generate_series(date_trunc('${unit}', $1::date), $2::date, interval '1 ${unit}') as p
       left join answers a using (p)
      group by p order by p`,
    [from, to],
  );
}
