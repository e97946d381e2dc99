import { requireRole, STAFF_ROLES, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { envelope } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import { requireOwnerOrStaff } from '../customer/access';
import { dayRange, PERIOD_UNIT, type ReportPeriodCode } from '@member-graph/common/time';
import { type Deps } from '../deps';
import { TicketEntity } from '../ticket/ticket.entity';
import type { TicketService } from '../ticket/ticket.service';
import { SERVICE_ACTOR } from '../service-actor';
import { SurveyEntity } from './survey.entity';
import { satisfactionByPeriod } from './survey.repository';
import { surveyAlreadyAnswered } from './survey.errors';
import { needsRecovery, netPromoterScore, validateAnswer } from './survey.rules';

/** One period of the satisfaction report. */
export interface SatisfactionRow {
  periodStart: string;
  responses: number;
  csatAverage: number | null;
  /** Share of CSAT 4–5, in percent. */
  csatSatisfiedPercent: number | null;
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  cesAverage: number | null;
}

/** The longest range of every service trend (days). */
export const MAX_TREND_DAYS = 400;

/**
 * Satisfaction surveys: offered when a ticket closes or a return is refunded, answered once by the
 * customer (or a channel integration on their behalf); a low CSAT or NPS opens a recovery ticket in the
 * same transaction; NPS, CSAT and CES per period (Asia/Shanghai days) for staff.
 */
export class SurveyService {
  constructor(
    private readonly deps: Deps,
    private readonly tickets: TicketService,
  ) {}

  /** Answers a survey once (the customer it was offered to, or a channel integration). */
  async answer(actor: Actor | null, input: { surveyId: string; csat: number; nps: number; ces?: number | null; comment?: string | null }): Promise<SurveyEntity> {
    const a = requireRole(actor, 'customer', 'system');
    const answer = validateAnswer(input);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const survey = isUuid(input.surveyId)
        ? await tx.getRepository(SurveyEntity).findOne({ where: { id: input.surveyId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!survey) throw notFound('Survey', input.surveyId);
      await requireOwnerOrStaff(a, survey.customerId, 'Survey', input.surveyId, { tx });
      if (survey.answeredAt) throw surveyAlreadyAnswered(survey.id);
      const now = this.deps.clock.now();
      let recoveryTicketId: string | null = null;
      if (needsRecovery(this.deps.settings, answer)) {
        const source = survey.ticketId ? await tx.getRepository(TicketEntity).findOneBy({ id: survey.ticketId }) : null;
        const recovery = await this.tickets.openIn(
          tx,
          SERVICE_ACTOR,
          {
            customerId: survey.customerId,
            type: 'AFTER_SALES',
            channel: source?.channel ?? 'APP',
            subject: `满意度回访 Satisfaction recovery (CSAT ${answer.csat}, NPS ${answer.nps})`,
            body: answer.comment ?? `The customer rated ${survey.ticketId ? `ticket ${survey.ticketId}` : `return ${survey.returnId}`} CSAT ${answer.csat}, NPS ${answer.nps}.`,
            orderId: null,
            priority: 'HIGH',
          },
          { recoveryOfSurveyId: survey.id, escalate: false },
        );
        recoveryTicketId = recovery.id;
      }
      Object.assign(survey, { ...answer, answeredAt: now, recoveryTicketId });
      await tx.getRepository(SurveyEntity).update({ id: survey.id }, { ...answer, answeredAt: now, recoveryTicketId });
      await this.deps.outbox.write(
        tx,
        envelope(
          'survey.answered',
          survey.id,
          { surveyId: survey.id, customerId: survey.customerId, ticketId: survey.ticketId, returnId: survey.returnId, csat: answer.csat, nps: answer.nps, ces: answer.ces, recoveryTicketId },
          { actor: a, occurredAt: now },
        ),
      );
      return survey;
    });
  }

  /**
   * NPS, CSAT and CES per day, ISO week (from Monday) or month, by Asia/Shanghai answer date (staff; at
   * most 400 days): every period of the range, a period without answers with zeros and null averages.
   */
  async trend(actor: Actor | null, input: { from: string; to: string; period: ReportPeriodCode }): Promise<SatisfactionRow[]> {
    requireRole(actor, ...STAFF_ROLES);
    const range = dayRange(input.from, input.to, MAX_TREND_DAYS);
    const rows = await satisfactionByPeriod(this.deps.dataSource, range.from, range.to, PERIOD_UNIT[input.period]);
    const round = (v: string | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
    return rows.map((r) => ({
      periodStart: r.p,
      responses: r.n,
      csatAverage: round(r.csat),
      csatSatisfiedPercent: r.n ? Math.round((r.sat * 1000) / r.n) / 10 : null,
      nps: netPromoterScore(r.promoters, r.detractors, r.n),
      promoters: r.promoters,
      passives: r.passives,
      detractors: r.detractors,
      cesAverage: round(r.ces),
    }));
  }

  /** The former report: the trend without the periods that had no answers. */
  async report(actor: Actor | null, input: { from: string; to: string; period: ReportPeriodCode }): Promise<SatisfactionRow[]> {
    return (await this.trend(actor, input)).filter((r) => r.responses > 0);
  }
}
