import { sqlMigration } from '@member-graph/common/db';

/**
 * Fitted customer-value models (BG/NBD + Gamma-Gamma), one row per fit; the last one
 * stored (highest seq) is the current one. Parameters are in weeks and CNY; the spend parameters are
 * null when no customer had a repeat purchase. customer_values keeps
 * each customer's churn band and CLV decile of the last fit, so that a refit announces only moves
 * (customer.value_changed); the API computes figures from the model and the orders.
 */
export const ValueModels = sqlMigration('ValueModels', 1763900014000, [
  `create table customer.value_models (
     id uuid primary key default gen_random_uuid(),
     seq bigint generated always as identity unique,
     calibration_end date not null,
     fitted_at timestamptz not null,
     trigger text not null check (trigger in ('manual','schedule')),
     customers int not null check (customers > 0),
     r double precision not null check (r > 0),
     alpha double precision not null check (alpha > 0),
     a double precision not null check (a > 0),
     b double precision not null check (b > 0),
     log_likelihood double precision not null,
     spend_customers int not null check (spend_customers >= 0),
     p double precision check (p > 0),
     q double precision check (q > 0),
     v double precision check (v > 0),
     spend_log_likelihood double precision,
     fit_ms int not null
   )`,
  `create index value_models_fitted on customer.value_models (fitted_at)`,
  `create table customer.customer_values (
     customer_id uuid primary key references customer.customers(id),
     model_id uuid not null references customer.value_models(id),
     churn_probability double precision not null,
     churn_band smallint not null check (churn_band between 0 and 9),
     clv_cents bigint not null,
     clv_decile smallint not null check (clv_decile between 1 and 10),
     scored_at timestamptz not null
   )`,
]);
