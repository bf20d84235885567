import { ambassadorsArgument, isAmbassadorFilter } from './ambassador-filter';

describe('ambassador filter', () => {
  it('asks the API for everyone, ambassadors only, or the others', () => {
    expect(ambassadorsArgument('all')).toBeNull();
    expect(ambassadorsArgument('ambassadors')).toBe(true);
    expect(ambassadorsArgument('others')).toBe(false);
  });

  it('recognises its own values only', () => {
    expect(isAmbassadorFilter('others')).toBe(true);
    expect(isAmbassadorFilter('leaders')).toBe(false);
    expect(isAmbassadorFilter(null)).toBe(false);
  });
});
