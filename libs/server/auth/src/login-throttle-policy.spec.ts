import { LOGIN_THROTTLE, delayAfter } from './login-throttle-policy';

describe('delayAfter', () => {
  const policy = { free: 5, firstDelaySeconds: 15, maxDelaySeconds: 900, windowSeconds: 86_400 };

  it('lets the free tries through, then doubles the wait up to its cap', () => {
    expect([0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 50, 10_000].map((failures) => delayAfter(policy, failures))).toEqual([
      0, 0, 0, 15, 30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });

  it('keeps each wait shorter than the window, so every counter forgets in the end', () => {
    for (const scope of Object.values(LOGIN_THROTTLE)) {
      expect(scope.maxDelaySeconds).toBeLessThan(scope.windowSeconds);
      expect(delayAfter(scope, scope.free - 1)).toBe(0);
    }
  });
});
