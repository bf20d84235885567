import { createServer } from 'node:net';
import { Client, DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { isConnectionLoss } from './connection-errors';

/** A pg error as the server sends it, wrapped as TypeORM hands it on. */
function serverError(code: string, message: string): QueryFailedError {
  const driverError = Object.assign(new DatabaseError(message, 0, 'error'), { code });
  return new QueryFailedError('INSERT INTO help_request …', ['12 rue de Bretagne'], driverError);
}

/** What node-postgres rejects with when nothing listens on the port. */
async function refusedConnection(): Promise<unknown> {
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  return new Client({ host: '127.0.0.1', port, connectionTimeoutMillis: 2_000 }).connect().then(
    () => new Error('connected'),
    (error: unknown) => error,
  );
}

describe('a lost connection, told from a failed statement', () => {
  it('knows a server that went away, however the driver says it', async () => {
    expect(isConnectionLoss(await refusedConnection())).toBe(true);
    expect(isConnectionLoss(serverError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isConnectionLoss(serverError('57P03', 'the database system is shutting down'))).toBe(true);
    expect(isConnectionLoss(serverError('08006', 'connection failure'))).toBe(true);
    expect(isConnectionLoss(new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(isConnectionLoss(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('leaves everything else to be treated as a defect', () => {
    expect(isConnectionLoss(serverError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionLoss(serverError('40001', 'could not serialize access'))).toBe(false);
    expect(isConnectionLoss(serverError('57014', 'canceling statement due to statement timeout'))).toBe(false);
    expect(isConnectionLoss(new TypeError("Cannot read properties of undefined (reading 'count')"))).toBe(false);
    expect(isConnectionLoss('Connection terminated')).toBe(false);
    expect(isConnectionLoss(undefined)).toBe(false);
  });
});
