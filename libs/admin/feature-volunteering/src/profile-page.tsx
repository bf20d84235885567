import { useQuery } from '@apollo/client';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { MyVolunteerProfileDocument } from '@relais/admin-data-access';
import { PageSkeleton, QueryError } from '@relais/admin-ui';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useSession } from '@relais/admin-feature-auth';
import { MyStandingCard } from '@relais/admin-feature-leaders';
import { useTranslation } from 'react-i18next';
import { ConsentsCard, MY_CONSENTS_ANCHOR } from './consents-card';
import { VolunteerProfileForm } from './volunteer-profile-form';

/**
 * "Mon profil": everyone's consents; for a volunteer also what they offer, how far, how much, and
 * when, and where they stand among their quartier's leaders.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const volunteer = useSession().viewer?.roles.includes('VOLUNTEER') ?? false;
  const format = useLocaleFormat();
  const { data, loading, error, refetch } = useQuery(MyVolunteerProfileDocument, { fetchPolicy: 'cache-and-network' });
  const profile = data?.me?.volunteerProfile ?? null;

  if (error) {
    return (
      <QueryError error={error} onRetry={() => refetch()} title={t('profile.loadFailed')} testId="profile-load-error" />
    );
  }
  if (!data && loading) {
    return (
      <PageSkeleton />
    );
  }
  return (
    <Stack gap="md" maw={720}>
      <div>
        <Title order={2}>{volunteer ? t('profile.title') : t('consent.pageTitle')}</Title>
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
        volunteer && (
          <Alert color="orange" data-testid="profile-missing">
            {t('profile.noProfile')}
          </Alert>
        )
      )}
      {volunteer && <MyStandingCard consentsAnchor={MY_CONSENTS_ANCHOR} />}
      <ConsentsCard />
    </Stack>
  );
}
