import { registerEnumType } from 'type-graphql';
import { CATEGORY_DESCRIPTIONS, ComplaintCategory } from '../classifier';

export enum TicketType {
  CONSULTATION = 'CONSULTATION',
  COMPLAINT = 'COMPLAINT',
  AFTER_SALES = 'AFTER_SALES',
}
registerEnumType(TicketType, {
  name: 'TicketType',
  description: 'What a ticket is about; each type has its own state machine.',
  valuesConfig: {
    CONSULTATION: { description: 'A question (may be answered and resolved at once).' },
    COMPLAINT: { description: 'A complaint: classified into a category, run through the escalation rules, must be assigned and worked before resolution.' },
    AFTER_SALES: { description: 'After-sales help (returns, repairs, satisfaction recovery); assigned and worked before resolution.' },
  },
});

export enum TicketChannel {
  APP = 'APP',
  MINI_PROGRAM = 'MINI_PROGRAM',
  WECHAT = 'WECHAT',
  OFFICIAL_ACCOUNT = 'OFFICIAL_ACCOUNT',
  DOUYIN = 'DOUYIN',
  PHONE = 'PHONE',
  STORE = 'STORE',
  EMAIL = 'EMAIL',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(TicketChannel, {
  name: 'TicketChannel',
  description: 'The channel a ticket or message came through; messages on any channel join the same conversation.',
  valuesConfig: {
    APP: { description: 'The mobile app.' },
    MINI_PROGRAM: { description: 'The WeChat mini-program.' },
    WECHAT: { description: 'WeChat customer-service chat.' },
    OFFICIAL_ACCOUNT: { description: 'The WeChat official account.' },
    DOUYIN: { description: 'Douyin (shop or direct messages).' },
    PHONE: { description: 'The phone hotline.' },
    STORE: { description: 'A physical store.' },
    EMAIL: { description: 'Email.' },
    COMMUNITY: { description: 'The community / forum.' },
  },
});

export enum TicketStatus {
  NEW = 'NEW',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Where a ticket is in its state machine. RESOLVED or CLOSED → IN_PROGRESS is a reopen, allowed within the reopen window (default 7 days after resolution).',
  valuesConfig: {
    NEW: { description: 'Just opened, nobody has it yet.' },
    ASSIGNED: { description: 'Given to an agent or a skill group.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    WAITING_CUSTOMER: { description: 'Waiting for the customer; the SLA clock is paused.' },
    RESOLVED: { description: 'Solved; the customer may confirm (close) or reopen it within the window.' },
    CLOSED: { description: 'Finished; a satisfaction survey is offered.' },
  },
});

export enum TicketPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(TicketPriority, {
  name: 'TicketPriority',
  description: 'How fast a ticket must be handled; chooses the SLA targets together with the customer tier.',
  valuesConfig: {
    LOW: { description: 'Low (default targets: first response 24 h, resolution 5 days).' },
    NORMAL: { description: 'Normal (default targets: first response 8 h, resolution 3 days).' },
    HIGH: { description: 'High (default targets: first response 2 h, resolution 24 h).' },
    URGENT: { description: 'Urgent (default targets: first response 30 min, resolution 4 h).' },
  },
});

export enum MessageAuthor {
  CUSTOMER = 'CUSTOMER',
  AGENT = 'AGENT',
}
registerEnumType(MessageAuthor, {
  name: 'MessageAuthor',
  description: 'Who wrote a ticket message.',
  valuesConfig: {
    CUSTOMER: { description: 'The customer (directly, or relayed by a channel integration).' },
    AGENT: { description: 'A service agent or admin.' },
  },
});

export enum CategorySource {
  CLASSIFIER = 'CLASSIFIER',
  AGENT = 'AGENT',
}
registerEnumType(CategorySource, {
  name: 'CategorySource',
  description: 'Who set a complaint category.',
  valuesConfig: {
    CLASSIFIER: { description: 'The naive Bayes complaint classifier, when the complaint opened.' },
    AGENT: { description: 'An agent correction (also stored as training data).' },
  },
});

export enum TicketQueueKind {
  NEW = 'NEW',
  ESCALATED = 'ESCALATED',
}
registerEnumType(TicketQueueKind, {
  name: 'TicketQueueKind',
  description: 'Why a ticket appears on the agents\' queue.',
  valuesConfig: {
    NEW: { description: 'A ticket was opened.' },
    ESCALATED: { description: 'Escalation rules fired on a ticket (priority raised, manager follow-up), or one of its SLA targets was breached (manager follow-up).' },
  },
});

registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  description: 'What a complaint is about, as classified from its text (Chinese or English) or corrected by an agent.',
  valuesConfig: Object.fromEntries(Object.entries(CATEGORY_DESCRIPTIONS).map(([k, description]) => [k, { description }])) as Record<ComplaintCategory, { description: string }>,
});

export { ComplaintCategory };
