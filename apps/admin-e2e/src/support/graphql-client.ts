import { DEMO_PASSWORD } from './demo-accounts';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** One GraphQL request over HTTP, as any API client would send it; throws on any error. */
export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed (${response.status}): ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}

export async function apiToken(baseUrl: string, email: string, password: string = DEMO_PASSWORD): Promise<string> {
  const data = await graphql<{ logIn: { token: string } }>(
    baseUrl,
    'mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.logIn.token;
}
