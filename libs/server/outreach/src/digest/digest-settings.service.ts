import { Injectable } from '@nestjs/common';
import { SettingsService } from '@relais/server-settings';
import { assertValid } from '@relais/server-shared';
import { AMBASSADOR_WEEKLY_CAP_SETTING } from '../campaigns/campaigns.service';
import type { OutreachSettings } from './digest-settings';
import { DEFAULT_OUTREACH_SETTINGS, checkOutreachSettings, mergeOutreachSettings } from './digest-settings';

/** When the digest goes out, under one key; the weekly cap under the key the campaigns read. */
const DIGEST_KEY = 'outreach.digest';
const DIGEST_FIELDS = ['digestWeekday', 'digestHour', 'digestTimeZone'] as const;

/** The outreach settings; ADMIN changes them, and SettingsService audits each change with its values before and after. */
@Injectable()
export class DigestSettingsService {
  constructor(private readonly settings: SettingsService) {}

  async current(): Promise<OutreachSettings> {
    const [digest, cap] = await Promise.all([
      this.settings.get<Record<string, unknown>>(DIGEST_KEY, {}),
      this.settings.get<number>(AMBASSADOR_WEEKLY_CAP_SETTING, DEFAULT_OUTREACH_SETTINGS.ambassadorWeeklyCap),
    ]);
    // Merged over the defaults, so a setting added later starts at its default.
    return mergeOutreachSettings(DEFAULT_OUTREACH_SETTINGS, { ...digest, ambassadorWeeklyCap: cap });
  }

  async update(change: Record<string, unknown>, actorId: string): Promise<OutreachSettings> {
    assertValid(checkOutreachSettings(change));
    const current = await this.current();
    const next = mergeOutreachSettings(current, change);
    if (DIGEST_FIELDS.some((field) => field in change)) {
      await this.settings.set(DIGEST_KEY, { digestWeekday: next.digestWeekday, digestHour: next.digestHour, digestTimeZone: next.digestTimeZone }, actorId);
    }
    if ('ambassadorWeeklyCap' in change) await this.settings.set(AMBASSADOR_WEEKLY_CAP_SETTING, next.ambassadorWeeklyCap, actorId);
    return next;
  }
}
