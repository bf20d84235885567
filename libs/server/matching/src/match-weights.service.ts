import { Injectable } from '@nestjs/common';
import type { MatchWeights } from '@relais/domain-matching';
import { DEFAULT_MATCH_WEIGHTS, checkMatchWeights, mergeMatchWeights } from '@relais/domain-matching';
import { SettingsService } from '@relais/server-settings';
import { assertValid, givenFields } from '@relais/server-shared';

const KEY = 'matching.weights';
/** Read on every match: kept this long, so another instance's change shows within seconds. */
const CACHE_MS = 5_000;

@Injectable()
export class MatchWeightsService {
  private cached: { weights: MatchWeights; at: number } | null = null;

  constructor(private readonly settings: SettingsService) {}

  async current(): Promise<MatchWeights> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.weights;
    // Stored weights are merged over the defaults, so a component added later gets its default.
    const weights = mergeMatchWeights(DEFAULT_MATCH_WEIGHTS, await this.settings.get<Partial<MatchWeights>>(KEY, {}));
    this.cached = { weights, at: Date.now() };
    return weights;
  }

  /** The weights now and with the change applied, checked as a saved change is (BAD_USER_INPUT naming the fields). */
  async edit(change: Record<string, unknown>): Promise<{ current: MatchWeights; edited: MatchWeights }> {
    const defined = givenFields(change);
    const current = await this.current();
    assertValid(checkMatchWeights(defined, current));
    return { current, edited: mergeMatchWeights(current, defined as Partial<MatchWeights>) };
  }

  async update(change: Record<string, unknown>, actorId: string): Promise<MatchWeights> {
    const { edited: next } = await this.edit(change);
    await this.settings.set(KEY, next, actorId);
    this.cached = { weights: next, at: Date.now() };
    return next;
  }
}
