import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** A sales or registration channel. */
export type Channel =
  | 'APP'
  | 'DOUYIN'
  | 'IMPORT'
  | 'MINI_PROGRAM'
  | 'OTHER'
  | 'STORE'
  | 'WEB'
  | 'WECHAT';

/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type Customer = {
  __typename?: 'Customer';
  /** Date of birth (YYYY-MM-DD). */
  birthday: Maybe<Scalars['LocalDate']['output']>;
  /** Email; shown as z***@example.com unless you are this customer or an admin. */
  email: Maybe<Scalars['String']['output']>;
  /** Gender as stated by the customer. */
  gender: Gender;
  /** Stable customer id (UUID). */
  id: Scalars['ID']['output'];
  /** Every identity of this customer across channels. */
  identities: Array<Identity>;
  /** Last login, browse, search, cart or order activity. */
  lastActiveAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Display name. */
  name: Maybe<Scalars['String']['output']>;
  /** Phone; shown as 138****1234 unless you are this customer or an admin. */
  phone: Maybe<Scalars['String']['output']>;
  /** Region, e.g. a province or city code. */
  region: Maybe<Scalars['String']['output']>;
  /** When the customer registered. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** The channel the customer registered through. */
  registrationChannel: Channel;
};

/** Profile facts to set; omitted fields are left unchanged, null clears a field. */
export type CustomerProfileInput = {
  /** Date of birth (YYYY-MM-DD), not in the future. */
  birthday: InputMaybe<Scalars['LocalDate']['input']>;
  /** Email address. */
  email: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender: InputMaybe<Gender>;
  /** Display name (1–100 characters). */
  name: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile (13812341234) or E.164 (+447911123456). */
  phone: InputMaybe<Scalars['String']['input']>;
  /** Region code or name (up to 64 characters). */
  region: InputMaybe<Scalars['String']['input']>;
};

/** Gender as the customer stated it. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** One way a customer is known on a channel (ID-mapping). */
export type Identity = {
  __typename?: 'Identity';
  /** The WeChat appid for per-app openids; null otherwise. */
  appId: Maybe<Scalars['String']['output']>;
  /** When it was linked. */
  linkedAt: Scalars['DateTimeISO']['output'];
  /** The kind of identity. */
  type: IdentityType;
  /** The identifier on that channel (masked for phone identities unless you may see PII). */
  value: Scalars['String']['output'];
};

/** An identity on a channel; `appId` is required for WeChat openids. */
export type IdentityInput = {
  /** WeChat appid, required for WECHAT_MINI_OPENID and WECHAT_OA_OPENID. */
  appId: InputMaybe<Scalars['String']['input']>;
  /** The kind of identity. */
  type: IdentityType;
  /** The identifier on that channel (1–128 characters). */
  value: Scalars['String']['input'];
};

/** A kind of identity: app user id, WeChat mini-program / official-account openid (per appid), WeChat unionid, Douyin id, store member card, phone. */
export type IdentityType =
  | 'APP_USER_ID'
  | 'DOUYIN_ID'
  | 'PHONE'
  | 'STORE_MEMBER_CARD'
  | 'WECHAT_MINI_OPENID'
  | 'WECHAT_OA_OPENID'
  | 'WECHAT_UNIONID';

/** Fold `mergedId` into `survivorId`. */
export type MergeCustomersInput = {
  /** The customer that is folded into the survivor. */
  mergedId: Scalars['ID']['input'];
  /** Why (kept in the audit record). */
  reason: InputMaybe<Scalars['String']['input']>;
  /** The customer that remains. */
  survivorId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Link another identity to a customer; one held by another customer is IDENTITY_TAKEN. */
  linkIdentity: Customer;
  /** Merge two customers (admins and integrations): identities, tags, orders and behaviour move to the survivor; audited; emits customer.merged. */
  mergeCustomers: Customer;
  /** Find the customer holding an identity, creating one if none does (integrations and admins). Idempotent under races. */
  resolveCustomer: ResolveCustomerResult;
  /** Update profile fields (the customer themself, agents, admins). */
  updateCustomerProfile: Customer;
};


export type MutationLinkIdentityArgs = {
  customerId: Scalars['ID']['input'];
  identity: IdentityInput;
};


export type MutationMergeCustomersArgs = {
  input: MergeCustomersInput;
};


export type MutationResolveCustomerArgs = {
  input: ResolveCustomerInput;
};


export type MutationUpdateCustomerProfileArgs = {
  id: Scalars['ID']['input'];
  input: CustomerProfileInput;
};

/** Where a page sits in its list (Relay cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (only known when paging with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One customer by id (staff; a customer may read only themself). A merged id answers the survivor. */
  customer: Customer;
  /** The signed-in customer (customer tokens only). */
  me: Customer;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};

/** Find the customer holding an identity, or create one with this profile. */
export type ResolveCustomerInput = {
  /** The channel the request came from; becomes the registration channel of a new customer. */
  channel: Channel;
  /** The identity presented by the channel. */
  identity: IdentityInput;
  /** Profile for a new customer (ignored when the customer exists). */
  profile: InputMaybe<CustomerProfileInput>;
  /** Referral code used at registration (passed on to loyalty). */
  referralCode: InputMaybe<Scalars['String']['input']>;
};

/** The customer behind an identity and whether this call created them. */
export type ResolveCustomerResult = {
  __typename?: 'ResolveCustomerResult';
  /** True when the customer was created by this call. */
  created: Scalars['Boolean']['output'];
  /** The customer holding the identity. */
  customer: Customer;
};

export type ResolveCustomerMutationVariables = Exact<{
  input: ResolveCustomerInput;
}>;


export type ResolveCustomerMutation = { __typename?: 'Mutation', resolveCustomer: { __typename?: 'ResolveCustomerResult', created: boolean, customer: { __typename?: 'Customer', id: string, name: string | null, phone: string | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Customer', id: string, name: string | null, phone: string | null, email: string | null, identities: Array<{ __typename?: 'Identity', type: IdentityType, appId: string | null, value: string }> } };

export type CustomerByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerByIdQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, name: string | null, phone: string | null } };

export type MergeCustomersMutationVariables = Exact<{
  input: MergeCustomersInput;
}>;


export type MergeCustomersMutation = { __typename?: 'Mutation', mergeCustomers: { __typename?: 'Customer', id: string, name: string | null, phone: string | null, identities: Array<{ __typename?: 'Identity', type: IdentityType, value: string }> } };


export const ResolveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveCustomerMutation, ResolveCustomerMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const MergeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MergeCustomersMutation, MergeCustomersMutationVariables>;