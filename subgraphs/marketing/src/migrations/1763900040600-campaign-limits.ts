import { sqlMigration } from '@member-graph/common/db';

/**
 * Campaign schedule, budget and delivery receipts (issue 15): an optional sending window
 * (starts_at, ends_at), an optional budget in cents with what has been spent of it (the conditional
 * update in a send's transaction keeps spent ≤ budget), and the receipts a channel reports for a sent message (first time it was delivered, opened,
 * clicked; each stage implies the earlier ones), found by the message id handed to the channel.
 */
export const MarketingCampaignLimits = sqlMigration(
  'MarketingCampaignLimits',
  1763900040600,
  [
    `alter table marketing.campaigns
       add column starts_at timestamptz,
       add column ends_at timestamptz,
       add column budget_cents bigint check (budget_cents >= 0),
       add column spent_cents bigint not null default 0 check (spent_cents >= 0),
       add constraint campaigns_window check (starts_at is null or ends_at is null or ends_at > starts_at),
       add constraint campaigns_budget check (budget_cents is null or spent_cents <= budget_cents)`,
    `alter table marketing.send_log
       add column delivered_at timestamptz,
       add column opened_at timestamptz,
       add column clicked_at timestamptz`,
    `create unique index send_log_message on marketing.send_log (message_id) where message_id is not null`,
    // conversions whose message was delivered (ROI's conversion rate over delivered messages)
    `create index send_log_delivered on marketing.send_log (campaign_id, customer_id) where delivered_at is not null`,
  ],
  [
    `drop index marketing.send_log_delivered`,
    `drop index marketing.send_log_message`,
    `alter table marketing.send_log drop column delivered_at, drop column opened_at, drop column clicked_at`,
    `alter table marketing.campaigns drop constraint campaigns_window, drop constraint campaigns_budget,
       drop column starts_at, drop column ends_at, drop column budget_cents, drop column spent_cents`,
  ],
);
