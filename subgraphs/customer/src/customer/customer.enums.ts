import { registerEnumType } from 'type-graphql';

/** Gender as the customer stated it. */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Gender, { name: 'Gender', description: 'Gender as the customer stated it.' });

/** Where a customer or an order came from. */
export enum Channel {
  APP = 'APP',
  MINI_PROGRAM = 'MINI_PROGRAM',
  WEB = 'WEB',
  STORE = 'STORE',
  WECHAT = 'WECHAT',
  DOUYIN = 'DOUYIN',
  IMPORT = 'IMPORT',
  OTHER = 'OTHER',
}
registerEnumType(Channel, { name: 'Channel', description: 'A sales or registration channel.' });
