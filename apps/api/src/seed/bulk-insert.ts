import type { DataSource } from 'typeorm';

/**
 * One column of a bulk insert: its name, the scalar type its values travel as, and the type
 * to cast to when that differs (array and jsonb columns travel as text literals, because
 * unnest would flatten an array of arrays).
 */
export interface BulkColumn {
  name: string;
  type: string;
  cast?: string;
}

/** A PostgreSQL array literal for a text[] column. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/**
 * Inserts rows in batches, one `INSERT … SELECT FROM unnest(...)` per batch: a handful of
 * statements for a hundred thousand rows, with no extra dependency.
 */
export async function bulkInsert(
  db: DataSource,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly unknown[][],
  batchSize = 10_000,
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const selected = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = columns.map((_, i) => batch.map((row) => row[i]));
    await db.query(`INSERT INTO ${table} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS u(${aliases})`, values);
  }
}
