import { useMutation } from '@apollo/client';
import { Modal, MultiSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { WayToHelpCardFragment, WayToHelpKind } from '@relais/admin-data-access';
import { CreateWayToHelpDocument, WaysToHelpDocument } from '@relais/admin-data-access';
import type { NeighbourhoodOption } from '@relais/admin-feature-neighbourhoods';
import { useNeighbourhoodChoice } from '@relais/admin-feature-neighbourhoods';
import { ModalActions } from '@relais/admin-ui';
import { WAY_TO_HELP_BODY, WAY_TO_HELP_LINK_MAX, WAY_TO_HELP_TITLE } from '@relais/domain-leaders';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WayToHelpDraft, WayToHelpField, WayToHelpProblems } from './way-to-help-form';
import { WAY_TO_HELP_KINDS, firstProblem, wayToHelpInput, wayToHelpProblems } from './way-to-help-form';
import type { WayToHelpRefusal } from './way-to-help-refusal';
import { wayToHelpRefusal } from './way-to-help-refusal';

export interface NewWayToHelpModalProps {
  organiserOf: readonly NeighbourhoodOption[];
  /** ADMIN: any quartier, or none for the whole city. */
  everywhere: boolean;
  /** The quartiers chosen to start with: the one the page shows. */
  initialNeighbourhoodIds: string[];
  onClose: () => void;
  onAdded: (way: WayToHelpCardFragment) => void;
}

const FIELD_IDS: Record<WayToHelpField, string> = {
  title: 'way-to-help-title',
  body: 'way-to-help-body',
  link: 'way-to-help-link',
  neighbourhoodIds: 'way-to-help-neighbourhoods',
};
const MAX: Record<Exclude<WayToHelpField, 'neighbourhoodIds'>, number> = { title: WAY_TO_HELP_TITLE.max, body: WAY_TO_HELP_BODY.max, link: WAY_TO_HELP_LINK_MAX };

/** « Nouvelle façon d'aider ». Mount it only while open: each opening starts empty. Errors are said next to their field. */
export function NewWayToHelpModal({ organiserOf, everywhere, initialNeighbourhoodIds, onClose, onAdded }: NewWayToHelpModalProps) {
  const { t } = useTranslation();
  const choice = useNeighbourhoodChoice(organiserOf, everywhere);
  const [draft, setDraft] = useState<WayToHelpDraft>({ kind: 'GIVE_GOODS', title: '', body: '', link: '', neighbourhoodIds: initialNeighbourhoodIds });
  const [problems, setProblems] = useState<WayToHelpProblems>({});
  // A field the API refused although the page found nothing wrong with it.
  const [refusedField, setRefusedField] = useState<WayToHelpField | null>(null);
  const [refusal, setRefusal] = useState<Exclude<WayToHelpRefusal, { kind: 'field' }> | null>(null);
  const [create, { loading }] = useMutation(CreateWayToHelpDocument, { refetchQueries: [WaysToHelpDocument] });

  const change = (patch: Partial<WayToHelpDraft>) => {
    setDraft((before) => ({ ...before, ...patch }));
    const fields = Object.keys(patch) as (keyof WayToHelpDraft)[];
    setProblems((before) => Object.fromEntries(Object.entries(before).filter(([field]) => !fields.includes(field as keyof WayToHelpDraft))));
    if (refusedField && fields.includes(refusedField)) setRefusedField(null);
    setRefusal(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    setRefusedField(null);
    const found = wayToHelpProblems(draft, everywhere);
    setProblems(found);
    const first = firstProblem(found);
    if (first) return document.getElementById(FIELD_IDS[first])?.focus();
    try {
      const { data } = await create({ variables: { input: wayToHelpInput(draft) } });
      if (data) onAdded(data.createWayToHelp);
    } catch (caught) {
      const refused = wayToHelpRefusal(caught, 'create');
      if (refused.kind !== 'field') return setRefusal(refused);
      setRefusedField(refused.field);
      document.getElementById(FIELD_IDS[refused.field])?.focus();
    }
  };

  const fieldError = (field: WayToHelpField): string | undefined => {
    const problem = problems[field];
    if (field === 'neighbourhoodIds') {
      if (problem) return t('waysToHelp.errors.neighbourhoodIdsRequired');
      return refusedField === field ? t('waysToHelp.errors.neighbourhoodIdsRefused') : undefined;
    }
    if (problem === 'tooLong') return t(`waysToHelp.errors.${field}TooLong`, { max: MAX[field] });
    if (problem === 'notAddress' || (refusedField === 'link' && field === 'link')) return t('waysToHelp.errors.linkNotAddress');
    if (problem === 'required' || refusedField === field) return t(`waysToHelp.errors.${field === 'title' ? 'titleRequired' : 'bodyRequired'}`);
    return undefined;
  };

  return (
    <Modal opened onClose={onClose} title={t('waysToHelp.form.modalTitle')} size="lg" data-testid="new-way-to-help-modal">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Select
            label={t('waysToHelp.form.kind')}
            data={WAY_TO_HELP_KINDS.map((kind) => ({ value: kind, label: t(`waysToHelp.kind.${kind}`) }))}
            value={draft.kind}
            onChange={(kind) => change({ kind: (kind ?? draft.kind) as WayToHelpKind })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="way-to-help-kind-select"
          />
          <TextInput
            id={FIELD_IDS.title}
            label={t('waysToHelp.form.title')}
            placeholder={t('waysToHelp.form.titlePlaceholder')}
            required
            value={draft.title}
            onChange={(event) => change({ title: event.currentTarget.value })}
            error={fieldError('title')}
            data-autofocus
            data-testid="way-to-help-title-input"
          />
          <div>
            <Textarea
              id={FIELD_IDS.body}
              label={t('waysToHelp.form.body')}
              description={t('waysToHelp.form.bodyHint')}
              required
              autosize
              minRows={3}
              maxRows={10}
              value={draft.body}
              onChange={(event) => change({ body: event.currentTarget.value })}
              error={fieldError('body')}
              data-testid="way-to-help-body-input"
            />
            <Text size="xs" c="dimmed" ta="right" mt={4}>
              {t('waysToHelp.form.length', { count: draft.body.trim().length, max: WAY_TO_HELP_BODY.max })}
            </Text>
          </div>
          <TextInput
            id={FIELD_IDS.link}
            type="url"
            inputMode="url"
            label={t('waysToHelp.form.link')}
            description={t('waysToHelp.form.linkHint')}
            placeholder="https://"
            value={draft.link}
            onChange={(event) => change({ link: event.currentTarget.value })}
            error={fieldError('link')}
            data-testid="way-to-help-link-input"
          />
          <MultiSelect
            id={FIELD_IDS.neighbourhoodIds}
            label={t('waysToHelp.form.quartiers')}
            description={everywhere ? t('waysToHelp.form.quartiersHintAdmin') : t('waysToHelp.form.quartiersHint')}
            placeholder={draft.neighbourhoodIds.length || !everywhere ? undefined : t('waysToHelp.form.quartiersPlaceholderAdmin')}
            nothingFoundMessage={t('waysToHelp.form.nothingFound')}
            required={!everywhere}
            searchable
            data={choice.selectData}
            value={draft.neighbourhoodIds}
            onChange={(neighbourhoodIds) => change({ neighbourhoodIds })}
            comboboxProps={{ withinPortal: true }}
            error={fieldError('neighbourhoodIds')}
            data-testid="way-to-help-quartiers-input"
          />
          <ModalActions
            failure={refusal ? { title: t('waysToHelp.form.failed'), message: t(`waysToHelp.errors.${refusal.kind}`), testId: 'way-to-help-form-error' } : null}
            cancelLabel={t('waysToHelp.form.cancel')}
            onCancel={onClose}
            confirmLabel={t('waysToHelp.form.submit')}
            loading={loading}
            confirmTestId="way-to-help-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
