/* Payload parts several domains' events carry. */

/** A sales channel an order or a registration came from. */
export type SalesChannel = 'APP' | 'MINI_PROGRAM' | 'WEB' | 'STORE' | 'WECHAT' | 'DOUYIN' | 'IMPORT' | 'OTHER';

/** One order line as carried by events. */
export interface OrderLinePayload {
  sku: string;
  category: string | null;
  quantity: number;
  amountCents: number;
}

/** One returned line as carried by return events (the order line's sku, the quantity and its share of the amount). */
export interface ReturnLinePayload {
  sku: string;
  quantity: number;
  amountCents: number;
}
