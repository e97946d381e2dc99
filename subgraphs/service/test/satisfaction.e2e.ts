import { ManualClock } from '@member-graph/common/time';
import { HOUR, move, newCustomer, openTicket, outbox, recordOrder, TICKET, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z'); // 10:00 in Shanghai
const h = useServiceStack('svcsurvey', clock);

const ANSWER = `mutation($i: AnswerSurveyInput!) { answerSurvey(input: $i) { id ticketId returnId answeredAt csat nps ces comment recoveryTicketId } }`;
const REPORT = `query($i: SatisfactionReportInput!) { satisfactionReport(input: $i) { periodStart responses csatAverage csatSatisfiedPercent nps promoters passives detractors cesAverage } }`;

/** A closed consultation of a new customer; returns the customer and the survey id offered. */
async function closedTicket() {
  const c = await newCustomer(h);
  const t = await openTicket(h, c.token, { type: 'CONSULTATION', channel: 'WECHAT' });
  await move(h, t.id, 'RESOLVED');
  await move(h, t.id, 'CLOSED');
  const view = (await h.ok(TICKET, { id: t.id }, c.token)).ticket;
  return { ...c, ticketId: t.id, surveyId: view.survey.id as string };
}

test('a closed ticket offers a survey that its customer answers once', async () => {
  const c = await newCustomer(h);
  const t = await openTicket(h, c.token, { type: 'CONSULTATION' });
  await move(h, t.id, 'RESOLVED');
  expect((await h.ok(TICKET, { id: t.id }, c.token)).ticket.survey).toBeNull(); // not before it closes
  await move(h, t.id, 'CLOSED', c.token);
  const surveyId = (await h.ok(TICKET, { id: t.id }, c.token)).ticket.survey.id;

  const other = await newCustomer(h);
  const answer = { surveyId, csat: 5, nps: 10, ces: 2, comment: '很满意' };
  expect(await h.codes(ANSWER, { i: answer }, other.token)).toEqual(['NOT_FOUND']);
  expect(await h.codes(ANSWER, { i: answer }, h.tokens.agent)).toEqual(['FORBIDDEN']);
  expect(await h.codes(ANSWER, { i: { ...answer, csat: 6 } }, c.token)).toEqual(['BAD_USER_INPUT']);
  expect(await h.codes(ANSWER, { i: { ...answer, nps: 11 } }, c.token)).toEqual(['BAD_USER_INPUT']);
  expect(await h.codes(ANSWER, { i: { ...answer, ces: 0 } }, c.token)).toEqual(['BAD_USER_INPUT']);
  const answered = (await h.ok(ANSWER, { i: answer }, c.token)).answerSurvey;
  expect(answered).toMatchObject({ ticketId: t.id, csat: 5, nps: 10, ces: 2, comment: '很满意', recoveryTicketId: null, answeredAt: clock.now().toISOString() });
  expect(await h.codes(ANSWER, { i: { ...answer, csat: 1 } }, c.token)).toEqual(['SURVEY_ALREADY_ANSWERED']);
  const [event] = await outbox(h, 'survey.answered', surveyId);
  expect(event.payload).toMatchObject({ surveyId, customerId: c.id, ticketId: t.id, csat: 5, nps: 10, recoveryTicketId: null });
  // reopening and closing again offers no second survey
  await move(h, t.id, 'IN_PROGRESS', c.token);
  await move(h, t.id, 'RESOLVED');
  await move(h, t.id, 'CLOSED');
  expect(await h.query(`select id from service.surveys where ticket_id = $1`, [t.id])).toHaveLength(1);
});

test('a CSAT of 2 or less, or an NPS of 6 or less, opens a recovery ticket', async () => {
  const low = await closedTicket();
  const a = (await h.ok(ANSWER, { i: { surveyId: low.surveyId, csat: 2, nps: 8, comment: '等太久了' } }, low.token)).answerSurvey;
  expect(a.recoveryTicketId).toEqual(expect.any(String));
  const recovery = (await h.ok(TICKET, { id: a.recoveryTicketId }, h.tokens.agent)).ticket;
  expect(recovery).toMatchObject({ type: 'AFTER_SALES', priority: 'HIGH', status: 'NEW', channel: 'WECHAT', customer: { id: low.id }, messages: [{ body: '等太久了' }] });
  expect(recovery.subject).toMatch(/CSAT 2, NPS 8/);

  const detractor = await closedTicket();
  expect((await h.ok(ANSWER, { i: { surveyId: detractor.surveyId, csat: 4, nps: 6 } }, detractor.token)).answerSurvey.recoveryTicketId).not.toBeNull();
  const fine = await closedTicket();
  expect((await h.ok(ANSWER, { i: { surveyId: fine.surveyId, csat: 3, nps: 7 } }, fine.token)).answerSurvey.recoveryTicketId).toBeNull();
});

test('a refunded return offers a survey', async () => {
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, [{ sku: 'CUP', quantity: 1, amount: '30.00' }], clock.now());
  const r = (await h.ok(`mutation($i: OpenReturnInput!) { openReturn(input: $i) { id stage } }`, { i: { orderId, lines: [{ sku: 'CUP', quantity: 1 }], reason: '碎了' } }, c.token)).openReturn;
  await h.ok(`mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id } }`, { i: { returnId: r.id, to: 'SHIPPED_BACK', trackingNo: 'T1' } }, c.token);
  for (const to of ['COURIER_PICKED_UP', 'RECEIVED', 'QUALITY_CHECK', 'REFUNDED']) {
    await h.ok(`mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id } }`, { i: { returnId: r.id, to } }, h.tokens.agent);
  }
  const survey = (await h.ok(`query($id: ID!) { returnRequest(id: $id) { survey { id returnId answeredAt } } }`, { id: r.id }, c.token)).returnRequest.survey;
  expect(survey).toMatchObject({ returnId: r.id, answeredAt: null });
  const a = (await h.ok(ANSWER, { i: { surveyId: survey.id, csat: 4, nps: 9 } }, c.token)).answerSurvey;
  expect(a).toMatchObject({ returnId: r.id, recoveryTicketId: null });
});

test('NPS, CSAT and CES per day and per month are queryable by staff', async () => {
  clock.set('2026-04-01T02:00:00.000Z');
  // day 1: promoters 10 and 9, a passive 7, a detractor 3 — NPS (2 - 1) / 4 = 25; CSAT 5, 5, 4, 1 → 3.75, 75% satisfied
  for (const [csat, nps, ces] of [[5, 10, 2], [5, 9, null], [4, 7, 4], [1, 3, 6]] as const) {
    const t = await closedTicket();
    await h.ok(ANSWER, { i: { surveyId: t.surveyId, csat, nps, ces } }, t.token);
  }
  clock.advance(24 * HOUR); // day 2: one detractor
  const t = await closedTicket();
  await h.ok(ANSWER, { i: { surveyId: t.surveyId, csat: 2, nps: 0 } }, t.token);

  const daily = (await h.ok(REPORT, { i: { from: '2026-04-01', to: '2026-04-30', period: 'DAY' } }, h.tokens.agent)).satisfactionReport;
  expect(daily).toEqual([
    { periodStart: '2026-04-01', responses: 4, csatAverage: 3.75, csatSatisfiedPercent: 75, nps: 25, promoters: 2, passives: 1, detractors: 1, cesAverage: 4 },
    { periodStart: '2026-04-02', responses: 1, csatAverage: 2, csatSatisfiedPercent: 0, nps: -100, promoters: 0, passives: 0, detractors: 1, cesAverage: null },
  ]);
  const monthly = (await h.ok(REPORT, { i: { from: '2026-04-01', to: '2026-04-30', period: 'MONTH' } }, h.tokens.marketer)).satisfactionReport;
  expect(monthly).toEqual([{ periodStart: '2026-04-01', responses: 5, csatAverage: 3.4, csatSatisfiedPercent: 60, nps: 0, promoters: 2, passives: 1, detractors: 2, cesAverage: 4 }]);
  const weekly = (await h.ok(REPORT, { i: { from: '2026-04-01', to: '2026-04-30', period: 'WEEK' } }, h.tokens.admin)).satisfactionReport;
  expect(weekly.map((w: any) => [w.periodStart, w.responses])).toEqual([['2026-03-30', 5]]);
  expect(await h.codes(REPORT, { i: { from: '2026-04-01', to: '2026-04-30', period: 'DAY' } }, t.token)).toEqual(['FORBIDDEN']);
  expect(await h.codes(REPORT, { i: { from: '2026-04-30', to: '2026-04-01', period: 'DAY' } }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
});
