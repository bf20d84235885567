import { feedOrder } from './feed-order';

const match = (id: string) => ({ helpRequest: { id } });

describe('feedOrder', () => {
  const best = [match('a'), match('b'), match('c'), match('d')];

  it("keeps the API's order when nothing arrived live", () => {
    expect(feedOrder(best, [], new Set()).map((m) => m.helpRequest.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts live arrivals first, newest first, the rest in their order', () => {
    expect(feedOrder(best, ['d', 'b'], new Set()).map((m) => m.helpRequest.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('drops those no longer open, arrived live or not', () => {
    expect(feedOrder(best, ['d'], new Set(['d', 'a'])).map((m) => m.helpRequest.id)).toEqual(['b', 'c']);
  });
});
