import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { SectionPanel } from '@relais/admin-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PreviewFrameProps {
  intro: string;
  picker: ReactNode;
  /** The form holds a value the API would refuse: nothing to preview. */
  invalid: boolean;
  unchanged: boolean;
  loading: boolean;
  /** Why the preview failed, already worded. */
  failure: string | null;
  testId: string;
  children?: ReactNode;
}

/** The preview beside a settings form: its quartier, then what the edit changes there, or why it cannot say. */
export function PreviewFrame({ intro, picker, invalid, unchanged, loading, failure, testId, children }: PreviewFrameProps) {
  const { t } = useTranslation();
  return (
    <SectionPanel title={t('scoringSettings.previewTitle')} hint={intro} testId={testId} state={loading ? 'loading' : 'ready'}>
      {picker}
      {unchanged && !invalid && (
        <Text size="sm" c="dimmed">
          {t('scoringSettings.unchanged')}
        </Text>
      )}
      {invalid ? (
        <Alert color="gray">{t('scoringSettings.previewInvalid')}</Alert>
      ) : (
        <>
          {failure && (
            <Alert color="red" title={t('scoringSettings.previewFailed')} role="alert" data-testid={`${testId}-error`}>
              {failure}
            </Alert>
          )}
          {loading && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('scoringSettings.previewLoading')}
              </Text>
            </Group>
          )}
          <Stack gap="sm" style={{ opacity: loading ? 0.6 : 1 }}>
            {children}
          </Stack>
        </>
      )}
    </SectionPanel>
  );
}
