import { CONSENT_WORDINGS } from '@relais/domain-people';
import { en } from './en';
import { fr } from './fr';

describe('consent wordings', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ])('%s has a label and a text for the current version of every purpose', (_, language) => {
    for (const version of Object.values(CONSENT_WORDINGS)) {
      const wording = (language.consent.wordings as Record<string, { label: string; text: string } | undefined>)[version];
      expect(wording?.label.trim()).toBeTruthy();
      expect(wording?.text.trim()).toBeTruthy();
    }
  });

  it('keeps French and English wordings for the same versions', () => {
    expect(Object.keys(en.consent.wordings).sort()).toEqual(Object.keys(fr.consent.wordings).sort());
  });
});
