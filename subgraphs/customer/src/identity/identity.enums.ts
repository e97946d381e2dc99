import { registerEnumType } from 'type-graphql';

/** The kinds of identity a customer can be known by (ID-mapping). */
export enum IdentityType {
  APP_USER_ID = 'APP_USER_ID',
  WECHAT_MINI_OPENID = 'WECHAT_MINI_OPENID',
  WECHAT_UNIONID = 'WECHAT_UNIONID',
  WECHAT_OA_OPENID = 'WECHAT_OA_OPENID',
  DOUYIN_ID = 'DOUYIN_ID',
  STORE_MEMBER_CARD = 'STORE_MEMBER_CARD',
  PHONE = 'PHONE',
  /** A customer id in a system we imported from; per source (appId holds the source name, e.g. 'cdnow'). */
  IMPORT_ID = 'IMPORT_ID',
}
registerEnumType(IdentityType, {
  name: 'IdentityType',
  description: 'A kind of identity: app user id, WeChat mini-program / official-account openid (per appid), WeChat unionid, Douyin id, store member card, phone, or the customer id in an imported source (per source).',
});

/** Openids are only unique within one WeChat appid (import ids within one source), so these types require `appId`. */
export const PER_APP_TYPES = new Set([IdentityType.WECHAT_MINI_OPENID, IdentityType.WECHAT_OA_OPENID, IdentityType.IMPORT_ID]);
