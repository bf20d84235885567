import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs of a server that went away: class 08 (connection exception), and an administrator's
 * or a crash's shutdown, or a server still starting or stopping (57P01–57P03).
 */
const LOST_SQLSTATE = /^(08...|57P0[123])$/;
/** Node's codes for a peer that refused, dropped or never answered a connection. */
const LOST_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres reports a dropped or unobtainable connection by these messages, with no code. */
const LOST_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

interface ErrorFields {
  code?: unknown;
  message?: unknown;
}

function fieldsOf(error: unknown): ErrorFields {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  return typeof cause === 'object' && cause !== null ? (cause as ErrorFields) : {};
}

/** Whether an error says the database (or another server) could not be reached, rather than what was asked of it failed. */
export function isConnectionLoss(error: unknown): boolean {
  const { code, message } = fieldsOf(error);
  if (typeof code === 'string' && (LOST_SQLSTATE.test(code) || LOST_SOCKET.has(code))) return true;
  return typeof message === 'string' && LOST_MESSAGE.test(message);
}
