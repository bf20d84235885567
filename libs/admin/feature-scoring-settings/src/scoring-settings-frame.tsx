import { errorMessage } from '@relais/admin-data-access';
import { SettingsPageLayout } from '@relais/admin-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ScoringSettingsFrameProps {
  /** The page's wordings: its title and what it is for. */
  page: 'matchSettings' | 'leaderSettings';
  testId: string;
  /** The settings' query as it stands. */
  query: { loading: boolean; error?: unknown; loaded: boolean };
  children?: ReactNode;
}

/** A scoring settings page: its title, then why the settings did not load, a loader, or the form beside its preview. */
export function ScoringSettingsFrame({ page, testId, query, children }: ScoringSettingsFrameProps) {
  const { t } = useTranslation();
  const { loading, error, loaded } = query;
  return (
    <SettingsPageLayout
      title={t(`${page}.title`)}
      intro={t(`${page}.intro`)}
      testId={testId}
      // Wide enough for the preview beside the form.
      width={1180}
      loadFailure={error && !loaded ? { title: t('scoringSettings.loadFailed'), message: errorMessage(error), testId: `${testId}-load-error` } : null}
      loadingLabel={loading && !loaded ? t('app.loading') : null}
    >
      {children}
    </SettingsPageLayout>
  );
}
