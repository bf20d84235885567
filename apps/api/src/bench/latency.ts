/** Latency samples in milliseconds, summarised the way the targets are written. */
export class Latencies {
  private readonly samples: number[] = [];

  async time<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await work();
    this.samples.push(performance.now() - started);
    return result;
  }

  percentile(p: number): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    if (!sorted.length) return Number.NaN;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
  }

  get count(): number {
    return this.samples.length;
  }
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
