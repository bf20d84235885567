import { useQuery } from '@apollo/client';
import { Alert, Anchor, Container, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { DigestPreviewDocument, errorCode } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DigestFrame } from './digest-frame';

export interface DigestPreviewPageProps {
  personId: string;
  /** Given when the page is opened from the people list; the API's answer does not name the person. */
  displayName?: string;
  /** Where « back » goes: the people list. */
  backTo: string;
}

type Format = 'html' | 'text';

/** « Aperçu du récap », for organisers of where the person lives and ADMIN: the digest they would get now. */
export function DigestPreviewPage({ personId, displayName, backTo }: DigestPreviewPageProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('html');
  const { data, loading, error } = useQuery(DigestPreviewDocument, { variables: { personId }, fetchPolicy: 'network-only' });
  const code = error ? errorCode(error) : null;
  const refused = code === 'NOT_FOUND' || code === 'FORBIDDEN';
  const preview = data?.digestPreview;

  return (
    <Container size={760} px={0} data-testid="digest-preview-page">
      <Stack gap="md">
        <Anchor component={Link} to={backTo} size="sm">
          ← {t('digestPreview.back')}
        </Anchor>
        <div>
          <Title order={2}>{displayName ? t('digestPreview.titleOf', { name: displayName }) : t('digestPreview.title')}</Title>
          <Text c="dimmed">{t('digestPreview.intro')}</Text>
        </div>
        {loading && <Loader aria-label={t('app.loading')} />}
        {error && (
          <Alert color={refused ? 'orange' : 'red'} title={t(refused ? 'digestPreview.notFound' : 'digestPreview.loadFailed')} data-testid="digest-preview-error">
            {t(refused ? 'digestPreview.notFoundWhy' : 'digestPreview.tryAgain')}
          </Alert>
        )}
        {data && !preview && (
          <Alert color="gray" title={t('digestPreview.nothing')} data-testid="digest-preview-nothing">
            {t('digestPreview.nothingWhy')}
          </Alert>
        )}
        {preview && (
          <>
            <Paper withBorder p="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('digestPreview.subject')}
              </Text>
              <Text fw={600} data-testid="digest-subject">
                {preview.subject}
              </Text>
            </Paper>
            <SegmentedControl
              aria-label={t('digestPreview.formatLabel')}
              value={format}
              onChange={(value) => setFormat(value === 'text' ? 'text' : 'html')}
              data={[
                { value: 'html', label: t('digestPreview.html') },
                { value: 'text', label: t('digestPreview.text') },
              ]}
              data-testid="digest-format"
            />
            {format === 'html' ? (
              <DigestFrame html={preview.html} title={t('digestPreview.frameTitle')} />
            ) : (
              <Paper withBorder p="md">
                <Text component="pre" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }} data-testid="digest-text">
                  {preview.text}
                </Text>
              </Paper>
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
