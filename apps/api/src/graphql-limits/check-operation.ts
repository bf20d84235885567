import type { Viewer } from '@relais/server-shared';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { validate } from 'graphql';
import { armourRules } from './armour-rules';
import type { DocumentLimits } from './document-limits';
import { ANONYMOUS_LIMITS, SIGNED_IN_LIMITS, limitsFor } from './document-limits';
import { limitRefusal } from './limit-refusal';
import { estimateReplySize } from './reply-size';
import { countTokens } from './token-count';

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** The document's text when known (HTTP); over a socket, the text the document was parsed from. */
  source?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

// Built once: rules are factories, each document gets fresh visitors.
const RULES = new Map<DocumentLimits, ReturnType<typeof armourRules>['validationRules']>([
  [SIGNED_IN_LIMITS, armourRules(SIGNED_IN_LIMITS).validationRules],
  [ANONYMOUS_LIMITS, armourRules(ANONYMOUS_LIMITS).validationRules],
]);

/**
 * The limits of one caller, checked once the document is valid and the variables known: tokens,
 * Armor's depth, aliases, directives and cost, then the reply's estimated size (which needs the
 * variables' `first`). Returns the refusals; none means the operation may run.
 */
export function checkOperation(operation: OperationToCheck, limits: DocumentLimits): GraphQLError[] {
  const refused = documentRefusals(operation, limits);
  if (refused.length) return refused;
  const size = estimateReplySize(operation.schema, operation.document, operation.operationName, operation.variables);
  if (size > limits.replySize) {
    return [limitRefusal('replySize', `Reply size limit of ${limits.replySize} values exceeded, estimated ${size}.`)];
  }
  return [];
}

/**
 * Tokens and Armor's rules depend on the document alone: their verdict is kept per document
 * object and caller's limits. Apollo hands every request of a cached query the same document, so
 * a client's usual operations are checked once (about 0.2 ms each under load), not per request.
 */
const documentVerdicts = new WeakMap<DocumentNode, Map<DocumentLimits, GraphQLError[]>>();

function documentRefusals(operation: OperationToCheck, limits: DocumentLimits): GraphQLError[] {
  let verdicts = documentVerdicts.get(operation.document);
  const known = verdicts?.get(limits);
  if (known) return known;
  const source = operation.source ?? operation.document.loc?.source.body;
  let refused: GraphQLError[];
  if (source !== undefined && countTokens(source, limits.tokens) > limits.tokens) {
    refused = [limitRefusal('tokens', `Token limit of ${limits.tokens} exceeded.`)];
  } else {
    refused = [...validate(operation.schema, operation.document, RULES.get(limits) ?? armourRules(limits).validationRules)];
  }
  if (!verdicts) documentVerdicts.set(operation.document, (verdicts = new Map()));
  verdicts.set(limits, refused);
  return refused;
}

export function checkOperationFor(viewer: Viewer | null, operation: OperationToCheck): GraphQLError[] {
  return checkOperation(operation, limitsFor(viewer));
}
