/** Ticket priorities, lowest first. */
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type PriorityCode = (typeof PRIORITIES)[number];
export const TICKET_TYPES = ['CONSULTATION', 'COMPLAINT', 'AFTER_SALES'] as const;
export type TicketTypeCode = (typeof TICKET_TYPES)[number];
export type TicketStatusCode = 'NEW' | 'ASSIGNED' | 'IN_PROGRESS' | 'WAITING_CUSTOMER' | 'RESOLVED' | 'CLOSED';
