/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query StaffCustomerPage($first: Int, $after: String, $filter: CustomerFilterInput) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      phone\n      lifecycleStage\n      loyalty {\n        tier {\n          code\n          nameZh\n        }\n        points {\n          balance\n          expiringSoon\n        }\n      }\n      coupons(first: 10) {\n        code\n        status\n        validUntil\n      }\n      orders(first: 5) {\n        totalCount\n        nodes {\n          id\n          externalNo\n          amount\n          paidAt\n        }\n      }\n      tickets(first: 5) {\n        totalCount\n        nodes {\n          id\n          status\n          subject\n        }\n      }\n    }\n  }\n}": typeof types.StaffCustomerPageDocument,
    "query CustomerDataExport($customerId: ID!) {\n  customerDataExport(customerId: $customerId) {\n    customerId\n    generatedAt\n    formatVersion\n    customer\n    loyalty\n    service\n    marketing\n  }\n}\n\nquery AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n  auditTrail(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      customerId\n      relatedCustomerId\n      actorId\n      actorRole\n      at\n      reason\n      detail\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PointsAdjustmentAudit($filter: PointsAdjustmentFilter, $first: Int, $after: String) {\n  pointsAdjustmentAudit(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      customerId\n      points\n      balanceAfter\n      reasonCode\n      reason\n      actorId\n      actorRole\n      at\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.CustomerDataExportDocument,
    "subscription TicketQueue($afterSeq: Int) {\n  ticketQueue(afterSeq: $afterSeq) {\n    seq\n    kind\n    ticket {\n      id\n      type\n      priority\n      status\n      subject\n    }\n  }\n}\n\nmutation AssignTicket($input: AssignTicketInput!) {\n  assignTicket(input: $input) {\n    id\n    status\n    assigneeId\n    skillGroup\n  }\n}\n\nmutation ApproveReturn($input: ReturnDecisionInput!) {\n  approveReturn(input: $input) {\n    id\n    stage\n  }\n}": typeof types.TicketQueueDocument,
};
const documents: Documents = {
    "query StaffCustomerPage($first: Int, $after: String, $filter: CustomerFilterInput) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      phone\n      lifecycleStage\n      loyalty {\n        tier {\n          code\n          nameZh\n        }\n        points {\n          balance\n          expiringSoon\n        }\n      }\n      coupons(first: 10) {\n        code\n        status\n        validUntil\n      }\n      orders(first: 5) {\n        totalCount\n        nodes {\n          id\n          externalNo\n          amount\n          paidAt\n        }\n      }\n      tickets(first: 5) {\n        totalCount\n        nodes {\n          id\n          status\n          subject\n        }\n      }\n    }\n  }\n}": types.StaffCustomerPageDocument,
    "query CustomerDataExport($customerId: ID!) {\n  customerDataExport(customerId: $customerId) {\n    customerId\n    generatedAt\n    formatVersion\n    customer\n    loyalty\n    service\n    marketing\n  }\n}\n\nquery AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n  auditTrail(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      customerId\n      relatedCustomerId\n      actorId\n      actorRole\n      at\n      reason\n      detail\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PointsAdjustmentAudit($filter: PointsAdjustmentFilter, $first: Int, $after: String) {\n  pointsAdjustmentAudit(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      customerId\n      points\n      balanceAfter\n      reasonCode\n      reason\n      actorId\n      actorRole\n      at\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.CustomerDataExportDocument,
    "subscription TicketQueue($afterSeq: Int) {\n  ticketQueue(afterSeq: $afterSeq) {\n    seq\n    kind\n    ticket {\n      id\n      type\n      priority\n      status\n      subject\n    }\n  }\n}\n\nmutation AssignTicket($input: AssignTicketInput!) {\n  assignTicket(input: $input) {\n    id\n    status\n    assigneeId\n    skillGroup\n  }\n}\n\nmutation ApproveReturn($input: ReturnDecisionInput!) {\n  approveReturn(input: $input) {\n    id\n    stage\n  }\n}": types.TicketQueueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffCustomerPage($first: Int, $after: String, $filter: CustomerFilterInput) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      phone\n      lifecycleStage\n      loyalty {\n        tier {\n          code\n          nameZh\n        }\n        points {\n          balance\n          expiringSoon\n        }\n      }\n      coupons(first: 10) {\n        code\n        status\n        validUntil\n      }\n      orders(first: 5) {\n        totalCount\n        nodes {\n          id\n          externalNo\n          amount\n          paidAt\n        }\n      }\n      tickets(first: 5) {\n        totalCount\n        nodes {\n          id\n          status\n          subject\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query StaffCustomerPage($first: Int, $after: String, $filter: CustomerFilterInput) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      phone\n      lifecycleStage\n      loyalty {\n        tier {\n          code\n          nameZh\n        }\n        points {\n          balance\n          expiringSoon\n        }\n      }\n      coupons(first: 10) {\n        code\n        status\n        validUntil\n      }\n      orders(first: 5) {\n        totalCount\n        nodes {\n          id\n          externalNo\n          amount\n          paidAt\n        }\n      }\n      tickets(first: 5) {\n        totalCount\n        nodes {\n          id\n          status\n          subject\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerDataExport($customerId: ID!) {\n  customerDataExport(customerId: $customerId) {\n    customerId\n    generatedAt\n    formatVersion\n    customer\n    loyalty\n    service\n    marketing\n  }\n}\n\nquery AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n  auditTrail(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      customerId\n      relatedCustomerId\n      actorId\n      actorRole\n      at\n      reason\n      detail\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PointsAdjustmentAudit($filter: PointsAdjustmentFilter, $first: Int, $after: String) {\n  pointsAdjustmentAudit(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      customerId\n      points\n      balanceAfter\n      reasonCode\n      reason\n      actorId\n      actorRole\n      at\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query CustomerDataExport($customerId: ID!) {\n  customerDataExport(customerId: $customerId) {\n    customerId\n    generatedAt\n    formatVersion\n    customer\n    loyalty\n    service\n    marketing\n  }\n}\n\nquery AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n  auditTrail(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      customerId\n      relatedCustomerId\n      actorId\n      actorRole\n      at\n      reason\n      detail\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PointsAdjustmentAudit($filter: PointsAdjustmentFilter, $first: Int, $after: String) {\n  pointsAdjustmentAudit(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      customerId\n      points\n      balanceAfter\n      reasonCode\n      reason\n      actorId\n      actorRole\n      at\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TicketQueue($afterSeq: Int) {\n  ticketQueue(afterSeq: $afterSeq) {\n    seq\n    kind\n    ticket {\n      id\n      type\n      priority\n      status\n      subject\n    }\n  }\n}\n\nmutation AssignTicket($input: AssignTicketInput!) {\n  assignTicket(input: $input) {\n    id\n    status\n    assigneeId\n    skillGroup\n  }\n}\n\nmutation ApproveReturn($input: ReturnDecisionInput!) {\n  approveReturn(input: $input) {\n    id\n    stage\n  }\n}"): (typeof documents)["subscription TicketQueue($afterSeq: Int) {\n  ticketQueue(afterSeq: $afterSeq) {\n    seq\n    kind\n    ticket {\n      id\n      type\n      priority\n      status\n      subject\n    }\n  }\n}\n\nmutation AssignTicket($input: AssignTicketInput!) {\n  assignTicket(input: $input) {\n    id\n    status\n    assigneeId\n    skillGroup\n  }\n}\n\nmutation ApproveReturn($input: ReturnDecisionInput!) {\n  approveReturn(input: $input) {\n    id\n    stage\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;