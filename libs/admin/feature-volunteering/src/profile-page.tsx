import { useQuery } from '@apollo/client';
import { Alert, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { MyVolunteerProfileDocument, errorMessage } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { MyStandingCard } from '@relais/admin-feature-leaders';
import { useTranslation } from 'react-i18next';
import { VolunteerProfileForm } from './volunteer-profile-form';

/** "Mon profil": what the volunteer offers, how far, how much, and when; and where they stand among their quartier's leaders. */
export function ProfilePage() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { data, loading, error } = useQuery(MyVolunteerProfileDocument, { fetchPolicy: 'cache-and-network' });
  const profile = data?.me?.volunteerProfile ?? null;

  if (error) {
    return (
      <Alert color="red" title={t('profile.loadFailed')} data-testid="profile-load-error">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!data && loading) {
    return (
      <Center h={200}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="md" maw={720}>
      <div>
        <Title order={2}>{t('profile.title')}</Title>
        {profile && (
          <Text c="dimmed" size="sm" data-testid="profile-stats">
            {t('profile.completed', { count: profile.completedCount })}
            {profile.meanRating !== null && ` · ${t('profile.meanRating', { rating: format.rating(profile.meanRating), count: profile.ratingCount })}`}
          </Text>
        )}
      </div>
      {profile ? (
        <Paper withBorder p="md">
          <VolunteerProfileForm profile={profile} />
        </Paper>
      ) : (
        <Alert color="orange" data-testid="profile-missing">
          {t('profile.noProfile')}
        </Alert>
      )}
      <MyStandingCard />
    </Stack>
  );
}
