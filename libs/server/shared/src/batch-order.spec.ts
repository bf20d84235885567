import { manyPer, onePer } from './batch-order';

describe('batch order', () => {
  it('answers one row per key in the keys order, null where none came back', () => {
    const rows = [{ id: 'b' }, { id: 'a' }];
    expect(onePer(['a', 'x', 'b'], rows, (r) => r.id)).toEqual([{ id: 'a' }, null, { id: 'b' }]);
  });

  it('groups rows per key in the keys order, empty where none came back', () => {
    const rows = [{ k: 'b', v: 1 }, { k: 'a', v: 2 }, { k: 'b', v: 3 }];
    expect(manyPer(['a', 'b', 'c'], rows, (r) => r.k, (r) => r.v)).toEqual([[2], [1, 3], []]);
  });
});
