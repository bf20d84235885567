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
    "query Neighbourhoods {\n  neighbourhoods {\n    id\n    name\n    city\n    code\n    boundary\n  }\n}\n\nquery NeighbourhoodOptions {\n  neighbourhoods {\n    id\n    name\n    city\n  }\n}": typeof types.NeighbourhoodsDocument,
    "query People($search: String, $neighbourhoodId: ID, $role: Role, $first: Int!, $offset: Int!) {\n  people(\n    search: $search\n    neighbourhoodId: $neighbourhoodId\n    role: $role\n    first: $first\n    offset: $offset\n  ) {\n    totalCount\n    items {\n      id\n      displayName\n      email\n      roles\n      neighbourhood {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation GrantOrganiser($personId: ID!, $neighbourhoodIds: [ID!]!) {\n  grantOrganiser(personId: $personId, neighbourhoodIds: $neighbourhoodIds) {\n    id\n    roles\n    organiserOf {\n      id\n      name\n    }\n  }\n}": typeof types.PeopleDocument,
    "fragment Viewer on Person {\n  id\n  displayName\n  email\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation LogIn($email: String!, $password: String!) {\n  logIn(email: $email, password: $password) {\n    token\n    person {\n      ...Viewer\n    }\n  }\n}": typeof types.ViewerFragmentDoc,
};
const documents: Documents = {
    "query Neighbourhoods {\n  neighbourhoods {\n    id\n    name\n    city\n    code\n    boundary\n  }\n}\n\nquery NeighbourhoodOptions {\n  neighbourhoods {\n    id\n    name\n    city\n  }\n}": types.NeighbourhoodsDocument,
    "query People($search: String, $neighbourhoodId: ID, $role: Role, $first: Int!, $offset: Int!) {\n  people(\n    search: $search\n    neighbourhoodId: $neighbourhoodId\n    role: $role\n    first: $first\n    offset: $offset\n  ) {\n    totalCount\n    items {\n      id\n      displayName\n      email\n      roles\n      neighbourhood {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation GrantOrganiser($personId: ID!, $neighbourhoodIds: [ID!]!) {\n  grantOrganiser(personId: $personId, neighbourhoodIds: $neighbourhoodIds) {\n    id\n    roles\n    organiserOf {\n      id\n      name\n    }\n  }\n}": types.PeopleDocument,
    "fragment Viewer on Person {\n  id\n  displayName\n  email\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation LogIn($email: String!, $password: String!) {\n  logIn(email: $email, password: $password) {\n    token\n    person {\n      ...Viewer\n    }\n  }\n}": types.ViewerFragmentDoc,
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
export function graphql(source: "query Neighbourhoods {\n  neighbourhoods {\n    id\n    name\n    city\n    code\n    boundary\n  }\n}\n\nquery NeighbourhoodOptions {\n  neighbourhoods {\n    id\n    name\n    city\n  }\n}"): (typeof documents)["query Neighbourhoods {\n  neighbourhoods {\n    id\n    name\n    city\n    code\n    boundary\n  }\n}\n\nquery NeighbourhoodOptions {\n  neighbourhoods {\n    id\n    name\n    city\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People($search: String, $neighbourhoodId: ID, $role: Role, $first: Int!, $offset: Int!) {\n  people(\n    search: $search\n    neighbourhoodId: $neighbourhoodId\n    role: $role\n    first: $first\n    offset: $offset\n  ) {\n    totalCount\n    items {\n      id\n      displayName\n      email\n      roles\n      neighbourhood {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation GrantOrganiser($personId: ID!, $neighbourhoodIds: [ID!]!) {\n  grantOrganiser(personId: $personId, neighbourhoodIds: $neighbourhoodIds) {\n    id\n    roles\n    organiserOf {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query People($search: String, $neighbourhoodId: ID, $role: Role, $first: Int!, $offset: Int!) {\n  people(\n    search: $search\n    neighbourhoodId: $neighbourhoodId\n    role: $role\n    first: $first\n    offset: $offset\n  ) {\n    totalCount\n    items {\n      id\n      displayName\n      email\n      roles\n      neighbourhood {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation GrantOrganiser($personId: ID!, $neighbourhoodIds: [ID!]!) {\n  grantOrganiser(personId: $personId, neighbourhoodIds: $neighbourhoodIds) {\n    id\n    roles\n    organiserOf {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Viewer on Person {\n  id\n  displayName\n  email\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation LogIn($email: String!, $password: String!) {\n  logIn(email: $email, password: $password) {\n    token\n    person {\n      ...Viewer\n    }\n  }\n}"): (typeof documents)["fragment Viewer on Person {\n  id\n  displayName\n  email\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation LogIn($email: String!, $password: String!) {\n  logIn(email: $email, password: $password) {\n    token\n    person {\n      ...Viewer\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;