import { useMutation } from '@apollo/client';
import { CampaignsDocument, CreateCampaignDocument, SendCampaignDocument } from '@relais/admin-data-access';
import { useCallback } from 'react';
import type { CampaignDraft } from './campaign-form';

export interface CampaignMutations {
  /** Writes the draft; its id. */
  create: (draft: CampaignDraft) => Promise<string>;
  /** Sends it; the list (which the campaign's page reads) is fetched again before this resolves. */
  send: (id: string) => Promise<string>;
}

export function useCampaignMutations(): CampaignMutations {
  const [createCampaign] = useMutation(CreateCampaignDocument, { refetchQueries: [CampaignsDocument], awaitRefetchQueries: true });
  const [sendCampaign] = useMutation(SendCampaignDocument, { refetchQueries: [CampaignsDocument], awaitRefetchQueries: true });
  const create = useCallback(
    async (draft: CampaignDraft) => {
      const { data } = await createCampaign({
        variables: { input: { title: draft.title.trim(), message: draft.message.trim(), neighbourhoodIds: draft.neighbourhoodIds } },
      });
      if (!data) throw new Error('createCampaign answered nothing');
      return data.createCampaign.id;
    },
    [createCampaign],
  );
  const send = useCallback(
    async (id: string) => {
      await sendCampaign({ variables: { id } });
      return id;
    },
    [sendCampaign],
  );
  return { create, send };
}
