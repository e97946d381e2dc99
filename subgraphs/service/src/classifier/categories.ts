/** What a complaint is about; the label set of the complaint classifier. */
export enum ComplaintCategory {
  LOGISTICS_DELAY = 'LOGISTICS_DELAY',
  PRODUCT_QUALITY = 'PRODUCT_QUALITY',
  SIZE_FIT = 'SIZE_FIT',
  WRONG_ITEM = 'WRONG_ITEM',
  REFUND = 'REFUND',
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  OTHER = 'OTHER',
}

export const CATEGORY_DESCRIPTIONS: Readonly<Record<ComplaintCategory, string>> = {
  [ComplaintCategory.LOGISTICS_DELAY]: 'Shipping and delivery: not dispatched, slow, stuck, lost or wrongly delivered parcels.',
  [ComplaintCategory.PRODUCT_QUALITY]: 'The goods themselves: broken, defective, damaged, counterfeit, expired or poorly made.',
  [ComplaintCategory.SIZE_FIT]: 'The right item in the ordered size that does not fit: too small, too large, wrong cut, size chart off.',
  [ComplaintCategory.WRONG_ITEM]: 'What was shipped differs from what was ordered: other colour/model/size/item, missing parts or gifts.',
  [ComplaintCategory.REFUND]: 'Money back: refund not received, slow, rejected or wrong amount; double charges, cancellations.',
  [ComplaintCategory.SERVICE_ATTITUDE]: 'How staff treated the customer: rude, dismissive, unreachable or unhelpful agents and couriers.',
  [ComplaintCategory.OTHER]: 'Anything else: invoices, accounts and login, points and coupons, payment options, suggestions.',
};

/** Every category, in declaration order (the classifier's tie-break order). */
export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = Object.values(ComplaintCategory);

const CATEGORY_SET = new Set<string>(COMPLAINT_CATEGORIES);

export function isComplaintCategory(value: unknown): value is ComplaintCategory {
  return typeof value === 'string' && CATEGORY_SET.has(value);
}
