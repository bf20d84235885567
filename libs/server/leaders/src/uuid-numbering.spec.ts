import fc from 'fast-check';
import { UuidNumbering } from './uuid-numbering';

describe('uuid numbering', () => {
  it('numbers uuids densely in order of first appearance, and names each number back', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid(), { minLength: 1, maxLength: 300 }), fc.array(fc.nat()), (distinct, picks) => {
        // Repeats, and ids that differ in one word only: the table must compare all 128 bits.
        const ids = [...distinct, ...picks.map((i) => distinct[i % distinct.length] as string), '00000000-0000-0000-0000-000000000001'];
        ids.push('00000000-0000-0000-0001-000000000001');
        const numbering = new UuidNumbering();
        const expected = new Map<string, number>();
        for (const id of ids) {
          if (!expected.has(id)) expected.set(id, expected.size);
          expect(numbering.numberOf(id)).toBe(expected.get(id));
        }
        expect(numbering.size).toBe(expected.size);
        for (const [id, number] of expected) expect(numbering.idOf(number)).toBe(id);
      }),
    );
  });

  it('reads an id where it lies in a buffer', () => {
    const numbering = new UuidNumbering();
    const bytes = Buffer.concat([Buffer.from([1, 2, 3]), Buffer.from('6f1c2a4e9b7d4c3a8e2f1a0b9c8d7e6f', 'hex')]);
    expect(numbering.numberAt(bytes, 3)).toBe(0);
    expect(numbering.numberOf('6f1c2a4e-9b7d-4c3a-8e2f-1a0b9c8d7e6f')).toBe(0);
    expect(numbering.idOf(0)).toBe('6f1c2a4e-9b7d-4c3a-8e2f-1a0b9c8d7e6f');
    expect(() => numbering.idOf(1)).toThrow(RangeError);
  });

  it('keeps numbers through the growth of its table', () => {
    const numbering = new UuidNumbering();
    const id = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    for (let i = 0; i < 20_000; i++) numbering.numberOf(id(i));
    for (let i = 0; i < 20_000; i += 997) expect(numbering.numberOf(id(i))).toBe(i);
    expect(numbering.size).toBe(20_000);
    // And through room made at once for many more.
    numbering.reserve(100_000);
    for (let i = 0; i < 20_000; i += 997) expect(numbering.numberOf(id(i))).toBe(i);
    expect(numbering.idOf(19_999)).toBe(id(19_999));
    expect(numbering.numberOf(id(20_000))).toBe(20_000);
  });
});
