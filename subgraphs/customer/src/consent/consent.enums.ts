import { registerEnumType } from 'type-graphql';

/** A channel we may contact a customer on. */
export enum ConsentChannel {
  SMS = 'SMS',
  PUSH = 'PUSH',
  WECHAT = 'WECHAT',
  EMAIL = 'EMAIL',
}
registerEnumType(ConsentChannel, { name: 'ConsentChannel', description: 'A channel we may contact a customer on: SMS, app push, WeChat (template / subscription messages) or email.' });

/** Why we would contact a customer. */
export enum ConsentPurpose {
  MARKETING = 'MARKETING',
  SERVICE = 'SERVICE',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose', description: 'Why we would contact: MARKETING (promotions, campaigns) or SERVICE (orders, returns, tickets).' });

/** Where a consent decision was captured. */
export enum ConsentSource {
  APP_SETTINGS = 'APP_SETTINGS',
  STORE_FORM = 'STORE_FORM',
  AGENT = 'AGENT',
  IMPORT = 'IMPORT',
  UNSUBSCRIBE = 'UNSUBSCRIBE',
}
registerEnumType(ConsentSource, {
  name: 'ConsentSource',
  description: 'Where a consent decision was captured: the app or mini-program settings, a paper or tablet form in store, an agent on the customer\'s request, a data import, or an unsubscribe reply or link (e.g. 回T退订).',
});

/** Every channel × purpose pair, in display order. */
export const CONSENT_PAIRS: readonly { channel: ConsentChannel; purpose: ConsentPurpose }[] = Object.values(ConsentChannel).flatMap((channel) =>
  Object.values(ConsentPurpose).map((purpose) => ({ channel, purpose })),
);
