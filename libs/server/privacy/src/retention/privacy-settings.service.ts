import { Injectable } from '@nestjs/common';
import { SettingsService } from '@relais/server-settings';
import { assertValid } from '@relais/server-shared';
import type { PrivacySettings } from './retention-rules';
import { DEFAULT_PRIVACY_SETTINGS, checkPrivacySettings, mergePrivacySettings } from './retention-rules';

const KEY = 'privacy.retention';

/** The retention settings; ADMIN changes them, and SettingsService audits each change with its values before and after. */
@Injectable()
export class PrivacySettingsService {
  constructor(private readonly settings: SettingsService) {}

  async current(): Promise<PrivacySettings> {
    // Merged over the defaults, so a setting added later starts at its default.
    return mergePrivacySettings(DEFAULT_PRIVACY_SETTINGS, await this.settings.get<Record<string, unknown>>(KEY, {}));
  }

  async update(change: Record<string, unknown>, actorId: string): Promise<PrivacySettings> {
    assertValid(checkPrivacySettings(change));
    const next = mergePrivacySettings(await this.current(), change);
    await this.settings.set(KEY, next, actorId);
    return next;
  }
}
