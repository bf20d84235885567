import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactVoice } from './fact-words';
import { factWords } from './fact-words';
import type { FactPhrase } from './leader-facts';

/** Phrases in the current language, joined into one line. */
export function useFactWords(voice: FactVoice): (phrases: readonly FactPhrase[]) => string {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return useCallback((phrases) => phrases.map((phrase) => factWords(phrase, voice, t, format.rating)).join(' · '), [voice, t, format]);
}
