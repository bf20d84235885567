/** A bare GraphQL-over-HTTP client: what the bench measures is the server, not a library. */
export class BenchClient {
  constructor(readonly url: string) {}

  async query<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${query.trim().split('\n')[0]}: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  }

  async logIn(email: string, password: string): Promise<string> {
    const data = await this.query<{ logIn: { token: string } }>(
      `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }`,
      { email, password },
    );
    return data.logIn.token;
  }
}
