import { sqlMigration } from '@member-graph/common/db';

/**
 * Customer value in marketing's projection (issue 14): the churn probability, 365-day CLV and CLV
 * decile of the customer subgraph's last fit, as announced by customer.value_changed (null until
 * the first one), for segment conditions, the CLV distribution and the churn-risk trigger; and the
 * threshold of CHURN_RISK_ROSE campaigns. Indexes for ROI across campaigns over a range of days.
 */
export const MarketingValue = sqlMigration(
  'MarketingValue',
  1763900016000,
  [
    `alter table marketing.customer_facts
       add column churn_probability double precision check (churn_probability between 0 and 1),
       add column clv_cents bigint,
       add column clv_decile smallint check (clv_decile between 1 and 10),
       add column value_model_id uuid`,
    `alter table marketing.campaigns add column trigger_threshold double precision`,
    `create index send_log_decided on marketing.send_log (decided_at) where status in ('SENT', 'HOLDOUT')`,
    `create index conversions_paid on marketing.conversions (paid_at)`,
  ],
  [
    `drop index marketing.conversions_paid`,
    `drop index marketing.send_log_decided`,
    `alter table marketing.campaigns drop column trigger_threshold`,
    `alter table marketing.customer_facts drop column churn_probability, drop column clv_cents, drop column clv_decile, drop column value_model_id`,
  ],
);
