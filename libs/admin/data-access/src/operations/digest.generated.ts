/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../generated/schema-types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type DigestPreviewQueryVariables = Exact<{
  personId: string | number;
}>;


export type DigestPreviewQuery = { digestPreview: { subject: string, text: string, html: string } | null };

export type OutreachSettingsFieldsFragment = { digestWeekday: number, digestHour: number, digestTimeZone: string, ambassadorWeeklyCap: number };

export type OutreachSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutreachSettingsQuery = { outreachSettings: { digestWeekday: number, digestHour: number, digestTimeZone: string, ambassadorWeeklyCap: number } };

export type UpdateOutreachSettingsMutationVariables = Exact<{
  input: Types.OutreachSettingsInput;
}>;


export type UpdateOutreachSettingsMutation = { updateOutreachSettings: { digestWeekday: number, digestHour: number, digestTimeZone: string, ambassadorWeeklyCap: number } };

export type RunWeeklyDigestMutationVariables = Exact<{ [key: string]: never; }>;


export type RunWeeklyDigestMutation = { runWeeklyDigest: number };

export const OutreachSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestWeekday"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"digestTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"ambassadorWeeklyCap"}}]}}]} as unknown as DocumentNode<OutreachSettingsFieldsFragment, unknown>;
export const DigestPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DigestPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<DigestPreviewQuery, DigestPreviewQueryVariables>;
export const OutreachSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestWeekday"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"digestTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"ambassadorWeeklyCap"}}]}}]} as unknown as DocumentNode<OutreachSettingsQuery, OutreachSettingsQueryVariables>;
export const UpdateOutreachSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOutreachSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutreachSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestWeekday"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"digestTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"ambassadorWeeklyCap"}}]}}]} as unknown as DocumentNode<UpdateOutreachSettingsMutation, UpdateOutreachSettingsMutationVariables>;
export const RunWeeklyDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunWeeklyDigest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runWeeklyDigest"}}]}}]} as unknown as DocumentNode<RunWeeklyDigestMutation, RunWeeklyDigestMutationVariables>;