import { Injectable } from '@nestjs/common';
import type { MatchWeights } from '@relais/domain-matching';
import { DEFAULT_MATCH_WEIGHTS, checkMatchWeights, mergeMatchWeights } from '@relais/domain-matching';
import { SettingsService } from '@relais/server-settings';
import { assertValid } from '@relais/server-shared';

const KEY = 'matching.weights';

@Injectable()
export class MatchWeightsService {
  constructor(private readonly settings: SettingsService) {}

  async current(): Promise<MatchWeights> {
    // Stored weights are merged over the defaults, so a component added later gets its default.
    return mergeMatchWeights(DEFAULT_MATCH_WEIGHTS, await this.settings.get<Partial<MatchWeights>>(KEY, {}));
  }

  async update(change: Record<string, unknown>, actorId: string): Promise<MatchWeights> {
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined && value !== null));
    const current = await this.current();
    assertValid(checkMatchWeights(defined, current));
    const next = mergeMatchWeights(current, defined as Partial<MatchWeights>);
    await this.settings.set(KEY, next, actorId);
    return next;
  }
}
