import { DAY_MS } from '@member-graph/common/time';
import type { DeletionRequestStatus } from './deletion.enums';

/** The cooling-off period unless ACCOUNT_DELETION_COOLING_OFF_DAYS says otherwise. */
export const DEFAULT_COOLING_OFF_DAYS = 7;
export const MAX_COOLING_OFF_DAYS = 90;

/** A cooling-off period is a whole number of days from 1 to 90. */
export const validCoolingOffDays = (days: number): boolean => Number.isInteger(days) && days >= 1 && days <= MAX_COOLING_OFF_DAYS;

/** When a request made at `requestedAt` is carried out. */
export const erasesAt = (requestedAt: Date, coolingOffDays: number): Date => new Date(requestedAt.getTime() + coolingOffDays * DAY_MS);

/** A request is carried out once its cooling-off period has passed and it is still pending. */
export const isDue = (r: { status: DeletionRequestStatus; erasesAt: Date }, now: Date): boolean => r.status === 'PENDING' && r.erasesAt.getTime() <= now.getTime();

/** Only a pending request can be cancelled, and only before it is carried out. */
export const canCancel = (r: { status: DeletionRequestStatus; erasesAt: Date }, now: Date): boolean => r.status === 'PENDING' && !isDue(r, now);
