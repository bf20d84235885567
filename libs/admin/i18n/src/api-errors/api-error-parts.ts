/**
 * What the admin app reads of a failed request, taken from Apollo's error without importing
 * Apollo (this lib stays framework-free): the API's first `extensions`, or that the request
 * never got an answer.
 */
export interface ApiErrorParts {
  code: string | null;
  reason: string | null;
  /** Which document limit a GRAPHQL_VALIDATION_FAILED passed (`extensions.limit`). */
  limit: string | null;
  retryAfterSeconds: number | null;
  /** BAD_USER_INPUT's fields at fault, each with the API's own (English) rule. */
  fields: { field: string; message: string }[];
  /** No GraphQL answer at all: offline, the server down, a proxy's error page. */
  network: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function firstExtensionsIn(errors: unknown): Record<string, unknown> | null {
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const extensions = typeof first === 'object' && first !== null ? (first as { extensions?: unknown }).extensions : undefined;
  return typeof extensions === 'object' && extensions !== null ? (extensions as Record<string, unknown>) : null;
}

function fieldsOf(value: unknown): ApiErrorParts['fields'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const { field, message } = (typeof entry === 'object' && entry !== null ? entry : {}) as { field?: unknown; message?: unknown };
    return typeof field === 'string' ? [{ field, message: text(message) ?? '' }] : [];
  });
}

// A document the API refuses before running it comes back as HTTP 400: Apollo then holds the
// API's errors in the network error's body rather than in graphQLErrors.
function firstExtensions(error: { graphQLErrors?: unknown; networkError?: unknown }): Record<string, unknown> | null {
  const body = typeof error.networkError === 'object' && error.networkError !== null ? (error.networkError as { result?: unknown }).result : null;
  const bodyErrors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : null;
  return firstExtensionsIn(error.graphQLErrors) ?? firstExtensionsIn(bodyErrors);
}

export function apiErrorParts(error: unknown): ApiErrorParts {
  const failed = typeof error === 'object' && error !== null ? (error as { graphQLErrors?: unknown; networkError?: unknown }) : {};
  const extensions = firstExtensions(failed);
  const retry = extensions?.['retryAfterSeconds'];
  return {
    code: text(extensions?.['code']),
    reason: text(extensions?.['reason']),
    limit: text(extensions?.['limit']),
    retryAfterSeconds: typeof retry === 'number' && Number.isFinite(retry) ? retry : null,
    fields: fieldsOf(extensions?.['fields']),
    network: !extensions && Boolean(failed.networkError),
  };
}
