import { possibleRecipients } from './audience';

const term = (id: string, newsConsent: boolean) => ({ person: { id, newsConsent } });

describe('possibleRecipients', () => {
  it('counts the ambassadors who accept news, leaving out the others', () => {
    expect(possibleRecipients([[term('a', true), term('b', false), term('c', true)]])).toBe(2);
  });

  it('counts once an ambassador of two of the quartiers', () => {
    expect(possibleRecipients([[term('a', true)], [term('a', true), term('d', true)]])).toBe(2);
  });

  it('is 0 without quartiers or ambassadors', () => {
    expect(possibleRecipients([])).toBe(0);
    expect(possibleRecipients([[], []])).toBe(0);
  });
});
