import { Alert, Anchor, Button, Grid, Group, MultiSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { NeighbourhoodOption } from '@relais/admin-feature-neighbourhoods';
import { useNeighbourhoodChoice } from '@relais/admin-feature-neighbourhoods';
import { CAMPAIGN_MESSAGE, CAMPAIGN_TITLE } from '@relais/domain-leaders';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CampaignDraft, CampaignField } from './campaign-form';
import { campaignProblems, firstProblem } from './campaign-form';
import { CAMPAIGNS_PATH, campaignPath } from './campaign-paths';
import { CampaignPreview } from './campaign-preview';
import type { CampaignRefusal } from './campaign-refusal';
import { campaignRefusal } from './campaign-refusal';
import { SendCampaignModal } from './send-campaign-modal';
import { useCampaignMutations } from './use-campaign-mutations';

export interface NewCampaignPageProps {
  organiserOf: readonly NeighbourhoodOption[];
  /** ADMIN: every quartier may be chosen. */
  everywhere: boolean;
}

const FIELD_IDS: Record<CampaignField, string> = { title: 'campaign-title', message: 'campaign-message', neighbourhoodIds: 'campaign-neighbourhoods' };
const FIELD_REFUSALS: readonly CampaignRefusal[] = ['title', 'message', 'neighbourhoodIds'];

/** « Nouvelle campagne »: the form beside what ambassadors will receive, then « Envoyer » after a confirmation. */
export function NewCampaignPage({ organiserOf, everywhere }: NewCampaignPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choice = useNeighbourhoodChoice(organiserOf, everywhere);
  const { create, send } = useCampaignMutations();
  // One quartier organised: it is the only sensible choice, so it starts chosen.
  const [draft, setDraft] = useState<CampaignDraft>(() => ({ title: '', message: '', neighbourhoodIds: !everywhere && organiserOf.length === 1 ? [organiserOf[0]?.id ?? ''] : [] }));
  const [showProblems, setShowProblems] = useState(false);
  const [refusal, setRefusal] = useState<CampaignRefusal | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Written once: a send that fails after it keeps this draft rather than writing another.
  const [draftId, setDraftId] = useState<string | null>(null);
  const problems = campaignProblems(draft);

  const change = (patch: Partial<CampaignDraft>) => {
    setDraft((before) => ({ ...before, ...patch }));
    setRefusal(null);
  };

  /** Whether the form may go: if not, its problems show and the cursor goes to the first. */
  const ready = () => {
    setShowProblems(true);
    const first = firstProblem(problems);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
    return !first;
  };

  const saveDraft = async () => {
    if (!ready()) return;
    setSaving(true);
    try {
      navigate(campaignPath(await create(draft)));
    } catch (error) {
      setRefusal(campaignRefusal(error));
      setSaving(false);
    }
  };

  const createThenSend = async () => {
    let id = draftId;
    if (!id) {
      try {
        id = await create(draft);
      } catch (error) {
        const why = campaignRefusal(error);
        // A field's refusal belongs next to it, with the form back in view.
        if (FIELD_REFUSALS.includes(why)) {
          setConfirming(false);
          setRefusal(why);
        }
        throw error;
      }
      setDraftId(id);
    }
    return send(id);
  };

  const fieldError = (field: CampaignField) => {
    if (refusal === field) return t(`campaigns.errors.${field}`);
    const problem = showProblems ? problems[field] : undefined;
    if (!problem) return undefined;
    if (field === 'neighbourhoodIds') return t('campaigns.form.neighbourhoodsRequired');
    const limits = field === 'title' ? CAMPAIGN_TITLE : CAMPAIGN_MESSAGE;
    return t(`campaigns.form.${field}${problem === 'required' ? 'Required' : 'TooLong'}`, { max: limits.max });
  };

  const closeConfirmation = () => {
    setConfirming(false);
    // The campaign now exists as a draft: its page is where it is sent from.
    if (draftId) navigate(campaignPath(draftId));
  };

  return (
    <Stack gap="md" data-testid="new-campaign-page">
      <Anchor component={Link} to={CAMPAIGNS_PATH} size="sm">
        {t('campaigns.all')}
      </Anchor>
      <Title order={2}>{t('campaigns.new')}</Title>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (ready()) setConfirming(true);
            }}
            data-testid="campaign-form"
          >
            <Stack gap="md">
              <TextInput
                id={FIELD_IDS.title}
                label={t('campaigns.form.title')}
                description={t('campaigns.form.titleHint')}
                placeholder={t('campaigns.form.titlePlaceholder')}
                required
                value={draft.title}
                onChange={(event) => change({ title: event.currentTarget.value })}
                error={fieldError('title')}
                data-testid="campaign-title"
              />
              <Textarea
                id={FIELD_IDS.message}
                label={t('campaigns.form.message')}
                description={t('campaigns.form.messageHint')}
                required
                autosize
                minRows={6}
                maxRows={16}
                value={draft.message}
                onChange={(event) => change({ message: event.currentTarget.value })}
                error={fieldError('message')}
                data-testid="campaign-message"
              />
              <Text size="xs" c="dimmed" ta="right" mt={-12}>
                {t('campaigns.form.length', { count: draft.message.trim().length, max: CAMPAIGN_MESSAGE.max })}
              </Text>
              <MultiSelect
                id={FIELD_IDS.neighbourhoodIds}
                label={t('campaigns.form.neighbourhoods')}
                description={t('campaigns.form.neighbourhoodsHint')}
                placeholder={draft.neighbourhoodIds.length ? undefined : t('campaigns.form.neighbourhoodsPlaceholder')}
                nothingFoundMessage={t('campaigns.form.nothingFound')}
                required
                searchable
                data={choice.selectData}
                value={draft.neighbourhoodIds}
                onChange={(neighbourhoodIds) => change({ neighbourhoodIds })}
                error={fieldError('neighbourhoodIds')}
                data-testid="campaign-neighbourhoods"
              />
              {refusal && !FIELD_REFUSALS.includes(refusal) && (
                <Alert color="red" title={t('campaigns.errors.saveFailedTitle')} data-testid="campaign-form-error">
                  {t(`campaigns.errors.${refusal}`)}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => void saveDraft()} loading={saving} data-testid="campaign-save-draft">
                  {t('campaigns.form.saveDraft')}
                </Button>
                <Button type="submit" data-testid="campaign-send">
                  {t('campaigns.form.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="xs">
            <div>
              <Title order={3} size="h4">
                {t('campaigns.preview.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('campaigns.preview.hint')}
              </Text>
            </div>
            <CampaignPreview title={draft.title} message={draft.message} />
          </Stack>
        </Grid.Col>
      </Grid>
      {confirming && (
        <SendCampaignModal
          neighbourhoodIds={draft.neighbourhoodIds}
          send={createThenSend}
          draftKept={draftId !== null}
          onSent={(id) => navigate(campaignPath(id))}
          onClose={closeConfirmation}
        />
      )}
    </Stack>
  );
}
