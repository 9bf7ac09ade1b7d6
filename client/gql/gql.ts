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
    "query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementSummary\n    version\n    createdAt\n    permissions {\n      canEdit\n    }\n    sections {\n      id\n      key\n      title\n      required\n      text\n      seq\n    }\n  }\n}": typeof types.AgreementDocument,
    "fragment AgreementSummary on Agreement {\n  id\n  diarienummer\n  title\n  kind\n  status\n  purchaser {\n    id\n    name\n    shortName\n  }\n  provider {\n    id\n    name\n    shortName\n  }\n  periodStart\n  periodEnd\n}": typeof types.AgreementSummaryFragmentDoc,
    "fragment AgreementEventItem on AgreementEvent {\n  seq\n  type\n  at\n  summary\n  actor {\n    id\n    name\n  }\n}\n\nquery AgreementTimeline($id: ID!) {\n  agreement(id: $id) {\n    id\n    events {\n      ...AgreementEventItem\n    }\n  }\n}\n\nsubscription AgreementEvents($agreementId: ID!, $afterSeq: Int) {\n  agreementEvents(agreementId: $agreementId, afterSeq: $afterSeq) {\n    ...AgreementEventItem\n  }\n}": typeof types.AgreementEventItemFragmentDoc,
    "query Agreements($status: AgreementStatus) {\n  agreements(status: $status) {\n    ...AgreementSummary\n  }\n}": typeof types.AgreementsDocument,
    "mutation CreateAgreement($input: CreateAgreementInput!) {\n  createAgreement(input: $input) {\n    ...AgreementSummary\n    version\n  }\n}": typeof types.CreateAgreementDocument,
    "mutation UpdateAgreement($id: ID!, $expectedVersion: Int!, $input: UpdateAgreementInput!) {\n  updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...AgreementSummary\n    version\n  }\n}": typeof types.UpdateAgreementDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nfragment SessionUser on User {\n  id\n  name\n  email\n  roles {\n    role\n    organ {\n      id\n      shortName\n      kind\n    }\n  }\n}": typeof types.LoginDocument,
    "query Organs {\n  organs {\n    id\n    name\n    shortName\n    kind\n  }\n}": typeof types.OrgansDocument,
};
const documents: Documents = {
    "query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementSummary\n    version\n    createdAt\n    permissions {\n      canEdit\n    }\n    sections {\n      id\n      key\n      title\n      required\n      text\n      seq\n    }\n  }\n}": types.AgreementDocument,
    "fragment AgreementSummary on Agreement {\n  id\n  diarienummer\n  title\n  kind\n  status\n  purchaser {\n    id\n    name\n    shortName\n  }\n  provider {\n    id\n    name\n    shortName\n  }\n  periodStart\n  periodEnd\n}": types.AgreementSummaryFragmentDoc,
    "fragment AgreementEventItem on AgreementEvent {\n  seq\n  type\n  at\n  summary\n  actor {\n    id\n    name\n  }\n}\n\nquery AgreementTimeline($id: ID!) {\n  agreement(id: $id) {\n    id\n    events {\n      ...AgreementEventItem\n    }\n  }\n}\n\nsubscription AgreementEvents($agreementId: ID!, $afterSeq: Int) {\n  agreementEvents(agreementId: $agreementId, afterSeq: $afterSeq) {\n    ...AgreementEventItem\n  }\n}": types.AgreementEventItemFragmentDoc,
    "query Agreements($status: AgreementStatus) {\n  agreements(status: $status) {\n    ...AgreementSummary\n  }\n}": types.AgreementsDocument,
    "mutation CreateAgreement($input: CreateAgreementInput!) {\n  createAgreement(input: $input) {\n    ...AgreementSummary\n    version\n  }\n}": types.CreateAgreementDocument,
    "mutation UpdateAgreement($id: ID!, $expectedVersion: Int!, $input: UpdateAgreementInput!) {\n  updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...AgreementSummary\n    version\n  }\n}": types.UpdateAgreementDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nfragment SessionUser on User {\n  id\n  name\n  email\n  roles {\n    role\n    organ {\n      id\n      shortName\n      kind\n    }\n  }\n}": types.LoginDocument,
    "query Organs {\n  organs {\n    id\n    name\n    shortName\n    kind\n  }\n}": types.OrgansDocument,
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
export function graphql(source: "query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementSummary\n    version\n    createdAt\n    permissions {\n      canEdit\n    }\n    sections {\n      id\n      key\n      title\n      required\n      text\n      seq\n    }\n  }\n}"): (typeof documents)["query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementSummary\n    version\n    createdAt\n    permissions {\n      canEdit\n    }\n    sections {\n      id\n      key\n      title\n      required\n      text\n      seq\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementSummary on Agreement {\n  id\n  diarienummer\n  title\n  kind\n  status\n  purchaser {\n    id\n    name\n    shortName\n  }\n  provider {\n    id\n    name\n    shortName\n  }\n  periodStart\n  periodEnd\n}"): (typeof documents)["fragment AgreementSummary on Agreement {\n  id\n  diarienummer\n  title\n  kind\n  status\n  purchaser {\n    id\n    name\n    shortName\n  }\n  provider {\n    id\n    name\n    shortName\n  }\n  periodStart\n  periodEnd\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementEventItem on AgreementEvent {\n  seq\n  type\n  at\n  summary\n  actor {\n    id\n    name\n  }\n}\n\nquery AgreementTimeline($id: ID!) {\n  agreement(id: $id) {\n    id\n    events {\n      ...AgreementEventItem\n    }\n  }\n}\n\nsubscription AgreementEvents($agreementId: ID!, $afterSeq: Int) {\n  agreementEvents(agreementId: $agreementId, afterSeq: $afterSeq) {\n    ...AgreementEventItem\n  }\n}"): (typeof documents)["fragment AgreementEventItem on AgreementEvent {\n  seq\n  type\n  at\n  summary\n  actor {\n    id\n    name\n  }\n}\n\nquery AgreementTimeline($id: ID!) {\n  agreement(id: $id) {\n    id\n    events {\n      ...AgreementEventItem\n    }\n  }\n}\n\nsubscription AgreementEvents($agreementId: ID!, $afterSeq: Int) {\n  agreementEvents(agreementId: $agreementId, afterSeq: $afterSeq) {\n    ...AgreementEventItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agreements($status: AgreementStatus) {\n  agreements(status: $status) {\n    ...AgreementSummary\n  }\n}"): (typeof documents)["query Agreements($status: AgreementStatus) {\n  agreements(status: $status) {\n    ...AgreementSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAgreement($input: CreateAgreementInput!) {\n  createAgreement(input: $input) {\n    ...AgreementSummary\n    version\n  }\n}"): (typeof documents)["mutation CreateAgreement($input: CreateAgreementInput!) {\n  createAgreement(input: $input) {\n    ...AgreementSummary\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAgreement($id: ID!, $expectedVersion: Int!, $input: UpdateAgreementInput!) {\n  updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...AgreementSummary\n    version\n  }\n}"): (typeof documents)["mutation UpdateAgreement($id: ID!, $expectedVersion: Int!, $input: UpdateAgreementInput!) {\n  updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...AgreementSummary\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nfragment SessionUser on User {\n  id\n  name\n  email\n  roles {\n    role\n    organ {\n      id\n      shortName\n      kind\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nfragment SessionUser on User {\n  id\n  name\n  email\n  roles {\n    role\n    organ {\n      id\n      shortName\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organs {\n  organs {\n    id\n    name\n    shortName\n    kind\n  }\n}"): (typeof documents)["query Organs {\n  organs {\n    id\n    name\n    shortName\n    kind\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;