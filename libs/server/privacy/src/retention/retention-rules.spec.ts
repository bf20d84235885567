import { COARSE_RESOLUTION, cellCentre, cellOf } from '@relais/domain-geo';
import { cellToParent, getResolution } from 'h3-js';
import {
  DEFAULT_PRIVACY_SETTINGS,
  cellAfterRetention,
  checkPrivacySettings,
  erasureDateAfterNotice,
  mergePrivacySettings,
  retentionCutoffs,
} from './retention-rules';

const NOW = new Date('2026-03-15T03:10:00Z');
const DAY = 86_400_000;

describe('checkPrivacySettings', () => {
  it('accepts each setting at both ends of its range, and an empty change', () => {
    expect(checkPrivacySettings({ addressRetentionDays: 1, auditRetentionDays: 30, inactiveAccountDays: 365 })).toEqual([]);
    expect(checkPrivacySettings({ addressRetentionDays: 365, auditRetentionDays: 3650, inactiveAccountDays: 3650 })).toEqual([]);
    expect(checkPrivacySettings({})).toEqual([]);
  });

  it('names each field out of range with its bounds', () => {
    expect(checkPrivacySettings({ addressRetentionDays: 0, auditRetentionDays: 29, inactiveAccountDays: 3651 })).toEqual([
      { field: 'addressRetentionDays', message: 'must be a whole number of days from 1 to 365' },
      { field: 'auditRetentionDays', message: 'must be a whole number of days from 30 to 3650' },
      { field: 'inactiveAccountDays', message: 'must be a whole number of days from 365 to 3650' },
    ]);
  });

  it('refuses fractions, non-numbers and unknown settings', () => {
    expect(checkPrivacySettings({ addressRetentionDays: 7.5 }).map((e) => e.field)).toEqual(['addressRetentionDays']);
    expect(checkPrivacySettings({ auditRetentionDays: '365' }).map((e) => e.field)).toEqual(['auditRetentionDays']);
    expect(checkPrivacySettings({ inactiveAccountDays: Number.NaN }).map((e) => e.field)).toEqual(['inactiveAccountDays']);
    expect(checkPrivacySettings({ snapshotDays: 10 })[0]?.message).toMatch(/^is not a privacy setting/);
  });
});

describe('mergePrivacySettings', () => {
  it('changes the fields given and keeps the others', () => {
    expect(mergePrivacySettings(DEFAULT_PRIVACY_SETTINGS, { auditRetentionDays: 400 })).toEqual({
      addressRetentionDays: 30,
      auditRetentionDays: 400,
      inactiveAccountDays: 1095,
    });
  });

  it('leaves a field as it was when the stored value is out of range or unknown', () => {
    expect(mergePrivacySettings(DEFAULT_PRIVACY_SETTINGS, { addressRetentionDays: 0, other: 3 })).toEqual(DEFAULT_PRIVACY_SETTINGS);
  });
});

describe('retentionCutoffs', () => {
  it('counts each rule back from now by its setting, the outbox by 90 days and the notice by 30', () => {
    const cut = retentionCutoffs(NOW, { addressRetentionDays: 10, auditRetentionDays: 100, inactiveAccountDays: 1000 });
    expect(NOW.getTime() - cut.exactPlaces.getTime()).toBe(10 * DAY);
    expect(NOW.getTime() - cut.audit.getTime()).toBe(100 * DAY);
    expect(NOW.getTime() - cut.inactivity.getTime()).toBe(1000 * DAY);
    expect(NOW.getTime() - cut.outbox.getTime()).toBe(90 * DAY);
    expect(NOW.getTime() - cut.erasure.getTime()).toBe(30 * DAY);
  });

  it('names the erasure day 30 days after the notice, when the erasure cut-off passes it', () => {
    const erasedOn = erasureDateAfterNotice(NOW);
    expect(erasedOn.toISOString()).toBe('2026-04-14T03:10:00.000Z');
    expect(retentionCutoffs(new Date(erasedOn.getTime() + 1), DEFAULT_PRIVACY_SETTINGS).erasure.getTime()).toBeGreaterThan(NOW.getTime());
  });
});

describe('cellAfterRetention', () => {
  it('is the fine cell at the centre of the coarse cell, inside that coarse cell', () => {
    const coarse = cellOf({ lat: 48.8625, lng: 2.3615 }, COARSE_RESOLUTION);
    const cell = cellAfterRetention(cellCentre(coarse));
    const h3 = BigInt(cell).toString(16);
    expect(getResolution(h3)).toBe(9);
    expect(BigInt(`0x${cellToParent(h3, COARSE_RESOLUTION)}`).toString()).toBe(coarse);
    // Its own centre is the coarse centre: the row now says nothing finer than the public place.
    const [a, b] = [cellCentre(cell), cellCentre(coarse)];
    expect(Math.abs(a.lat - b.lat)).toBeLessThan(1e-9);
    expect(Math.abs(a.lng - b.lng)).toBeLessThan(1e-9);
  });
});
