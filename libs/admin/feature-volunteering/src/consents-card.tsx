import { useMutation, useQuery } from '@apollo/client';
import { Alert, Stack, Switch } from '@mantine/core';
import type { ConsentInput, ConsentPurpose } from '@relais/admin-data-access';
import { MyConsentsDocument, UpdateConsentsDocument, errorMessage } from '@relais/admin-data-access';
import { CONSENT_WORDINGS, ConsentPurpose as Purpose } from '@relais/domain-people';
import { SectionPanel } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { ConsentHistory } from './consent-history';

/** The order the card asks in: mails first, then what organisers see. */
/** The card's id on the profile page: other cards link to it rather than repeat its switches. */
export const MY_CONSENTS_ANCHOR = 'mes-consentements';

const PURPOSES: readonly { purpose: ConsentPurpose; input: keyof ConsentInput; field: 'newsConsent' | 'digestConsent' | 'rankingConsent' | 'contactConsent' }[] = [
  { purpose: 'NEWS', input: 'news', field: 'newsConsent' },
  { purpose: 'DIGEST', input: 'digest', field: 'digestConsent' },
  { purpose: 'RANKING', input: 'ranking', field: 'rankingConsent' },
  { purpose: 'CONTACT', input: 'contact', field: 'contactConsent' },
];

/** « Mes consentements »: each purpose in plain words with its switch (one click gives or withdraws it), and the history below. */
export function ConsentsCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyConsentsDocument, { fetchPolicy: 'cache-and-network' });
  // The person comes back with the new values; the history and the standing are asked again.
  const [update, mutation] = useMutation(UpdateConsentsDocument, { refetchQueries: ['MyConsents', 'MyLeaderStanding'] });
  const me = data?.me ?? null;

  return (
    <SectionPanel
      testId="my-consents"
      anchor={MY_CONSENTS_ANCHOR}
      title={t('consent.title')}
      hint={t('consent.intro')}
      loadError={error ? { title: t('consent.loadFailed'), error, onRetry: () => refetch() } : null}
    >
      {me && (
        <Stack gap="md">
          {PURPOSES.map(({ purpose, input, field }) => {
            const version = CONSENT_WORDINGS[Purpose[purpose]];
            return (
              <Switch
                key={purpose}
                label={t(`consent.wordings.${version}.label`)}
                description={t(`consent.wordings.${version}.text`)}
                checked={me[field] ?? false}
                disabled={mutation.loading}
                onChange={(event) => void update({ variables: { input: { [input]: event.currentTarget.checked } } }).catch(() => undefined)}
                data-testid={`consent-${purpose}`}
              />
            );
          })}
          {mutation.error && (
            <Alert color="red" title={t('consent.saveFailed')} data-testid="consent-error">
              {errorMessage(mutation.error)}
            </Alert>
          )}
        </Stack>
      )}
      {data?.myConsentHistory && <ConsentHistory page={data.myConsentHistory} />}
    </SectionPanel>
  );
}
