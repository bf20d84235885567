import http from 'node:http';
import type { GraphQLResult } from './graphql-client';

/**
 * Posts a GraphQL operation from another loopback source address (127.0.0.2, …): a second
 * client machine as the server's socket sees it, with no proxy header to trust or forge.
 */
export function requestFrom<T = Record<string, unknown>>(
  localAddress: string,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResult<T>);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
