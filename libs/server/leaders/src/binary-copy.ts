import type { PoolClient } from 'pg';

// Reading `COPY (…) TO STDOUT (FORMAT binary)` row by row as it arrives: a million rows cost
// milliseconds, where the same rows as query results are a million objects to build and collect.
// Layout: https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4

/** The 11 bytes a binary COPY starts with, then flags (int32) and the length of an extension area (int32). */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8;
/** timestamptz travels as microseconds since 2000-01-01 UTC. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);

/**
 * The big-endian int32 at `at`, read without `Buffer.readInt32BE`'s argument checks: hundreds of
 * thousands of reads per run, within rows whose length was checked.
 */
export function int32At(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
}

/** The big-endian int16 at `at`, likewise. */
function int16At(bytes: Uint8Array, at: number): number {
  return (((bytes[at] as number) << 24) >> 16) | (bytes[at + 1] as number);
}

/** Reads the fields of one row in order, in place. */
export class BinaryCopyCursor {
  bytes: Buffer = Buffer.alloc(0);
  /** Where the current field's bytes start. */
  at = 0;
  private position = 0;

  /** Points at the row starting at `position` (its field count). */
  reset(bytes: Buffer, position: number): void {
    this.bytes = bytes;
    this.position = position + 2;
  }

  /** Moves to the next field of the row; returns its length in bytes, −1 for NULL. */
  field(): number {
    const length = int32At(this.bytes, this.position);
    this.at = this.position + 4;
    this.position = this.at + Math.max(length, 0);
    return length;
  }

  int16(): number | null {
    return this.field() < 0 ? null : int16At(this.bytes, this.at);
  }

  int32(): number | null {
    return this.field() < 0 ? null : int32At(this.bytes, this.at);
  }

  boolean(): boolean | null {
    return this.field() < 0 ? null : this.bytes[this.at] === 1;
  }

  /** A timestamptz as epoch milliseconds. */
  timestampMs(): number | null {
    if (this.field() < 0) return null;
    return postgresMicrosToMs(int32At(this.bytes, this.at) * 2 ** 32 + (int32At(this.bytes, this.at + 4) >>> 0));
  }

  /** Moves past a uuid field, its 16 bytes at `at`; false for NULL. */
  uuid(): boolean {
    const length = this.field();
    if (length >= 0 && length !== 16) throw new Error(`a uuid of ${length} bytes`);
    return length === 16;
  }
}

/**
 * Splits a binary COPY into rows, however its bytes are chunked (PostgreSQL sends a message per
 * row, but a row split across chunks is put back together), and hands each to `row`.
 */
export class BinaryCopyRows {
  private pending: Buffer | null = null;
  private started = false;
  private ended = false;
  private readonly cursor = new BinaryCopyCursor();

  constructor(
    private readonly fields: number,
    private readonly row: (cursor: BinaryCopyCursor) => void,
  ) {}

  push(chunk: Buffer): void {
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    let position = 0;
    if (!this.started) {
      if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE.subarray(0, bytes.length))) throw new Error('not a binary COPY');
      if (bytes.length < HEADER_BYTES || bytes.length < HEADER_BYTES + bytes.readInt32BE(HEADER_BYTES - 4)) {
        this.pending = bytes;
        return;
      }
      position = HEADER_BYTES + bytes.readInt32BE(HEADER_BYTES - 4);
      this.started = true;
    }
    while (position < bytes.length && !this.ended) {
      const end = this.rowEnd(bytes, position);
      if (end < 0) {
        this.pending = bytes.subarray(position);
        return;
      }
      if (end === position + 2) this.ended = true;
      else {
        this.cursor.reset(bytes, position);
        this.row(this.cursor);
      }
      position = end;
    }
  }

  /** Checks that the COPY ended where it should: after the trailer, not within a row. */
  finish(): void {
    if (!this.ended || this.pending) throw new Error('a binary COPY cut short');
  }

  /** Where the row at `position` ends, or −1 if it goes past the bytes at hand. The trailer is a row of "−1 fields". */
  private rowEnd(bytes: Buffer, position: number): number {
    if (position + 2 > bytes.length) return -1;
    const count = int16At(bytes, position);
    if (count === -1) return position + 2;
    if (count !== this.fields) throw new Error(`a COPY row of ${count} fields where ${this.fields} were expected`);
    let p = position + 2;
    for (let f = 0; f < count; f++) {
      if (p + 4 > bytes.length) return -1;
      p += 4 + Math.max(int32At(bytes, p), 0);
    }
    return p > bytes.length ? -1 : p;
  }
}

/**
 * Runs a `COPY … TO STDOUT (FORMAT binary)` on the client, feeding each piece to `rows` as it
 * arrives. A query object of node-postgres's own kind (a "submittable"): it hands us the COPY's
 * messages without copying them.
 */
export function copyOut(client: PoolClient, sql: string, rows: BinaryCopyRows): Promise<void> {
  return new Promise((resolve, reject) => {
    // An error settles at once (the connection may be gone); the client still waits for the
    // server's ReadyForQuery before it sends anything else.
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const submittable = {
      submit: (connection: { query(text: string): void }) => connection.query(sql),
      handleCopyData: (message: { chunk: Buffer }) => {
        if (settled) return;
        try {
          rows.push(message.chunk);
        } catch (error) {
          fail(error);
        }
      },
      handleError: fail,
      handleCommandComplete: () => undefined,
      handleRowDescription: () => undefined,
      handleDataRow: () => undefined,
      handleEmptyQuery: () => undefined,
      handleReadyForQuery: () => {
        if (settled) return;
        try {
          rows.finish();
        } catch (error) {
          fail(error);
          return;
        }
        settled = true;
        resolve();
      },
    };
    client.query(submittable as unknown as Parameters<PoolClient['query']>[0]);
  });
}

/**
 * Epoch milliseconds of a timestamp as PostgreSQL stores it, microseconds since 2000: the same
 * arithmetic wherever a timestamp is read, so that equal instants give equal numbers.
 */
export function postgresMicrosToMs(micros: number): number {
  return micros / 1000 + POSTGRES_EPOCH_MS;
}

/** The SQL of a timestamp column as PostgreSQL stores it (see `postgresMicrosToMs`), exact. */
export const postgresMicros = (column: string) => `((extract(epoch FROM ${column}) - 946684800) * 1000000)::int8`;
