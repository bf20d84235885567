import { useApolloClient } from '@apollo/client';
import { Alert, Anchor, Button, Container, List, Paper, Stack, Text, Title } from '@mantine/core';
import { ExportMyDataDocument, errorMessage } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeleteAccountSection } from './delete-account-section';

const KEPT = ['account', 'requests', 'tasks', 'trust', 'leaders', 'mails', 'reads'] as const;

/** Hands the browser a file to save, without keeping the document in the page. */
function saveJson(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** « Mes données »: what Relais keeps about the signed-in person, and a download of all of it. */
export function MyDataPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      // Not cached: the document holds everything about the person and is wanted fresh each time.
      const { data } = await client.query({ query: ExportMyDataDocument, fetchPolicy: 'no-cache' });
      saveJson(data.exportMyData, `relais-mes-donnees-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size={760} px={0} data-testid="my-data-page">
      <Stack gap="lg">
        <Title order={2}>{t('myData.title')}</Title>
        <Text>{t('myData.intro')}</Text>
        <Paper withBorder p="md" component="section" aria-labelledby="my-data-kept">
          <Stack gap="xs">
            <Title order={3} size="h4" id="my-data-kept">
              {t('myData.keptTitle')}
            </Title>
            <List spacing="xs">
              {KEPT.map((key) => (
                <List.Item key={key}>{t(`myData.kept.${key}`)}</List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t('myData.others')}
            </Text>
          </Stack>
        </Paper>
        <Stack gap="xs" align="flex-start">
          <Button onClick={() => void download()} loading={busy} data-testid="my-data-download">
            {t('myData.download')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('myData.downloadHint')}
          </Text>
        </Stack>
        {error && (
          <Alert color="red" title={t('myData.downloadFailed')} data-testid="my-data-error">
            {error}
          </Alert>
        )}
        <Text size="sm">
          {t('myData.why')}{' '}
          <Anchor component={Link} to="/confidentialite" data-testid="my-data-privacy">
            {t('myData.privacyLink')}
          </Anchor>
        </Text>
        <DeleteAccountSection />
      </Stack>
    </Container>
  );
}
