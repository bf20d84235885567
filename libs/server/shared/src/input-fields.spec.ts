import { givenFields } from './input-fields';

describe('givenFields', () => {
  it('drops the fields left out, at every depth, and keeps the rest as given', () => {
    const at = new Date(0);
    expect(givenFields({ a: 1, b: null, c: undefined, d: { e: null, f: 0 }, g: [1, null], at })).toEqual({ a: 1, d: { f: 0 }, g: [1, null], at });
  });
});
