import { Injectable } from '@nestjs/common';
import type { LeaderSettings } from '@relais/domain-leaders';
import { DEFAULT_LEADER_SETTINGS, checkLeaderSettings, mergeLeaderSettings } from '@relais/domain-leaders';
import { SettingsService } from '@relais/server-settings';
import { assertValid } from '@relais/server-shared';

const KEY = 'leaders.settings';

/** Weights, half-life, centrality method and priors of leader scoring; ADMIN changes them, audited. */
@Injectable()
export class LeaderSettingsService {
  constructor(private readonly settings: SettingsService) {}

  async current(): Promise<LeaderSettings> {
    // Merged over the defaults, so a setting added later starts at its default.
    return mergeLeaderSettings(DEFAULT_LEADER_SETTINGS, await this.settings.get<Record<string, unknown>>(KEY, {}));
  }

  /** The settings now and with the change applied, checked as a saved change is (BAD_USER_INPUT naming the fields). */
  async edit(change: Record<string, unknown>): Promise<{ current: LeaderSettings; edited: LeaderSettings }> {
    const current = await this.current();
    assertValid(checkLeaderSettings(change, current));
    return { current, edited: mergeLeaderSettings(current, change) };
  }

  async update(change: Record<string, unknown>, actorId: string): Promise<LeaderSettings> {
    const { edited: next } = await this.edit(change);
    await this.settings.set(KEY, next, actorId);
    return next;
  }
}
