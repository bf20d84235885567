import { useApolloClient } from '@apollo/client';
import { CampaignAudienceDocument } from '@relais/admin-data-access';
import { useEffect, useState } from 'react';
import { possibleRecipients } from './audience';

export type CampaignAudience = { state: 'counting' } | { state: 'counted'; count: number } | { state: 'failed' };

/**
 * How many ambassadors a campaign to these quartiers may reach, asked quartier by quartier (the
 * API has no count of its own) when the send dialog opens, so the figure is today's.
 */
export function useCampaignAudience(neighbourhoodIds: readonly string[]): CampaignAudience {
  const client = useApolloClient();
  const [audience, setAudience] = useState<CampaignAudience>({ state: 'counting' });
  const key = [...neighbourhoodIds].sort().join(',');
  useEffect(() => {
    let current = true;
    const ids = key ? key.split(',') : [];
    setAudience({ state: 'counting' });
    Promise.all(ids.map((neighbourhoodId) => client.query({ query: CampaignAudienceDocument, variables: { neighbourhoodId }, fetchPolicy: 'network-only' })))
      .then((results) => {
        if (current) setAudience({ state: 'counted', count: possibleRecipients(results.map((result) => result.data.ambassadors)) });
      })
      .catch(() => {
        if (current) setAudience({ state: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [client, key]);
  return audience;
}
