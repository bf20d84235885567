import { useQuery } from '@apollo/client';
import { Stack, Text, Title } from '@mantine/core';
import { MyVolunteerProfileDocument, WaysToHelpDocument } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { WayToHelpCard } from './way-to-help-card';

/**
 * « Aider depuis chez soi » on a volunteer's feed, for when no request near them fits or they are
 * paused: the ways to help for where they live and the whole city. Nothing when there are none.
 */
export function HelpFromHome() {
  const { t } = useTranslation();
  const { data } = useQuery(WaysToHelpDocument, { fetchPolicy: 'cache-and-network' });
  const profile = useQuery(MyVolunteerProfileDocument);
  const ways = data?.waysToHelp ?? [];
  if (ways.length === 0) return null;
  const paused = profile.data?.me?.volunteerProfile?.active === false;
  return (
    <Stack gap="sm" component="section" aria-labelledby="help-from-home-title" data-testid="help-from-home">
      <div>
        <Title order={3} size="h4" id="help-from-home-title">
          {t('waysToHelp.feed.title')}
        </Title>
        <Text size="sm" c="dimmed" data-testid="help-from-home-intro">
          {paused ? t('waysToHelp.feed.paused') : t('waysToHelp.feed.intro')}
        </Text>
      </div>
      {ways.map((way) => (
        <WayToHelpCard key={way.id} way={way} />
      ))}
    </Stack>
  );
}
