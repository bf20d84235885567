import fc from 'fast-check';
import type { BinaryCopyCursor } from './binary-copy';
import { BinaryCopyRows } from './binary-copy';

// A binary COPY written by hand as PostgreSQL lays it out: signature, flags, extension area,
// rows of (int16 field count, then int32 length + bytes per field, −1 for NULL), trailer −1.
const int16 = (value: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(value);
  return b;
};
const int32 = (value: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(value);
  return b;
};
const field = (bytes: Buffer | null) => (bytes === null ? int32(-1) : Buffer.concat([int32(bytes.length), bytes]));
const timestamptz = (ms: number) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(ms - Date.UTC(2000, 0, 1)) * 1000n);
  return b;
};
const uuid = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');

interface Row {
  id: string;
  at: number;
  rating: number | null;
}

function binaryCopy(rows: readonly Row[], extension = Buffer.alloc(0)): Buffer {
  return Buffer.concat([
    Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
    int32(0),
    int32(extension.length),
    extension,
    ...rows.map((row) => Buffer.concat([int16(3), field(uuid(row.id)), field(timestamptz(row.at)), field(row.rating === null ? null : int16(row.rating))])),
    int16(-1),
  ]);
}

function read(chunks: readonly Buffer[]): Row[] {
  const rows: Row[] = [];
  const reader = new BinaryCopyRows(3, (row: BinaryCopyCursor) => {
    if (!row.uuid()) throw new Error('NULL id');
    const hex = row.bytes.toString('hex', row.at, row.at + 16);
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    rows.push({ id, at: row.timestampMs() as number, rating: row.int16() });
  });
  for (const chunk of chunks) reader.push(chunk);
  reader.finish();
  return rows;
}

/** The bytes cut at the given offsets. */
const cut = (bytes: Buffer, offsets: number[]) => {
  const ends = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...ends].map((start, i) => bytes.subarray(start, ends[i] ?? bytes.length));
};

const arbitraryRow: fc.Arbitrary<Row> = fc.record({
  id: fc.uuid(),
  at: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
  rating: fc.option(fc.integer({ min: 1, max: 5 })),
});

describe('binary COPY rows', () => {
  it('reads the fields of every row, NULLs included', () => {
    const rows = [
      { id: '00000000-0000-4000-8000-000000000001', at: Date.UTC(2026, 10, 23, 8, 30, 15, 123), rating: 5 },
      { id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', at: Date.UTC(1999, 11, 31, 23, 59, 59, 999), rating: null },
    ];
    expect(read([binaryCopy(rows)])).toEqual(rows);
  });

  it('reads the same rows however the bytes are chunked, and skips the header extension', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), fc.uint8Array({ maxLength: 8 }), (rows, offsets, extension) => {
        expect(read(cut(binaryCopy(rows, Buffer.from(extension)), offsets))).toEqual(rows);
      }),
    );
  });

  it('refuses what is not a binary COPY, rows of another shape, and a COPY cut short', () => {
    expect(() => read([Buffer.from('id,at,rating\n'.repeat(3))])).toThrow('not a binary COPY');
    const whole = binaryCopy([{ id: '00000000-0000-4000-8000-000000000001', at: 0, rating: 1 }]);
    expect(() => new BinaryCopyRows(4, () => undefined).push(whole)).toThrow('3 fields where 4');
    expect(() => read([whole.subarray(0, whole.length - 3)])).toThrow('cut short');
  });
});
