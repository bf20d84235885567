import { RowVersionCache } from './row-version-cache';

describe('RowVersionCache', () => {
  function cacheOver(rows: Map<string, string>, capacity?: number) {
    const loads: string[][] = [];
    const cache = new RowVersionCache<string>(async (ids) => {
      loads.push(ids);
      return ids.filter((id) => rows.has(id)).map((id) => ({ id, version: rows.get(id) as string, record: `${id}@${rows.get(id)}` }));
    }, capacity);
    return { cache, loads };
  }

  it('reads a record once, then serves it while its version holds', async () => {
    const rows = new Map([['a', '1'], ['b', '1']]);
    const { cache, loads } = cacheOver(rows);
    expect(await cache.resolve([{ id: 'a', version: '1' }, { id: 'b', version: '1' }])).toEqual(['a@1', 'b@1']);
    expect(await cache.resolve([{ id: 'b', version: '1' }, { id: 'a', version: '1' }])).toEqual(['b@1', 'a@1']);
    expect(loads).toEqual([['a', 'b']]);
  });

  it('reads again exactly the rows whose version changed', async () => {
    const rows = new Map([['a', '1'], ['b', '1']]);
    const { cache, loads } = cacheOver(rows);
    await cache.resolve([{ id: 'a', version: '1' }, { id: 'b', version: '1' }]);
    rows.set('b', '2');
    expect(await cache.resolve([{ id: 'a', version: '1' }, { id: 'b', version: '2' }])).toEqual(['a@1', 'b@2']);
    expect(loads).toEqual([['a', 'b'], ['b']]);
  });

  it('leaves out rows that vanished, and forgets the least recently read beyond its capacity', async () => {
    const rows = new Map([['a', '1'], ['b', '1'], ['c', '1']]);
    const { cache, loads } = cacheOver(rows, 2);
    expect(await cache.resolve([{ id: 'gone', version: '9' }, { id: 'a', version: '1' }])).toEqual(['a@1']);
    await cache.resolve([{ id: 'b', version: '1' }]);
    await cache.resolve([{ id: 'c', version: '1' }]);
    await cache.resolve([{ id: 'a', version: '1' }]);
    expect(loads.at(-1)).toEqual(['a']);
  });

  it('never serves an older version of a row that vanished after the index query saw it changed', async () => {
    const rows = new Map([['a', '1']]);
    const { cache } = cacheOver(rows);
    await cache.resolve([{ id: 'a', version: '1' }]);
    rows.delete('a');
    expect(await cache.resolve([{ id: 'a', version: '2' }])).toEqual([]);
  });
});
