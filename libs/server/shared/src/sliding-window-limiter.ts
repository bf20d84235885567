/**
 * Counts events per key over a sliding window, in memory. For generous per-address limits
 * only: an attacker spread over several instances gets each instance's allowance, which is fine
 * for a limit meant to stop floods, not to count precisely.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; false when the key already had `limit` hits in the window. */
  tryHit(key: string): boolean {
    const since = this.now() - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(this.now());
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.forgetIdle(since);
    return true;
  }

  private forgetIdle(since: number): void {
    for (const [key, times] of this.hits) {
      if (!times.some((at) => at > since)) this.hits.delete(key);
    }
  }
}
