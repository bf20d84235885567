import { useMutation } from '@apollo/client';
import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { IdeasDocument, PostIdeaDocument } from '@relais/admin-data-access';
import { IDEA_BODY, IDEA_TITLE } from '@relais/domain-ideas';
import { ModalActions } from '@relais/admin-ui';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldProblem, IdeaRefusal } from './idea-refusal';
import { ideaFormProblems, ideaRefusal, useIdeaRefusalText } from './idea-refusal';
import { WHOLE_CITY } from './quartier-filter';
import { useQuartierData } from './use-quartiers';

export interface ProposeIdeaModalProps {
  /** The person's own quartier, offered first and chosen to start with. */
  homeId: string | null;
  onClose: () => void;
  onPosted: (idea: { id: string; neighbourhood: { id: string } | null }) => void;
}

interface Problems {
  title: IdeaFieldProblem | null;
  body: IdeaFieldProblem | null;
  quartier: IdeaFieldProblem | null;
}

const NO_PROBLEM: Problems = { title: null, body: null, quartier: null };

/** Mount it only while open: each opening starts empty. Errors are said next to their field. */
export function ProposeIdeaModal({ homeId, onClose, onPosted }: ProposeIdeaModalProps) {
  const { t } = useTranslation();
  const refusalText = useIdeaRefusalText();
  const quartiers = useQuartierData(homeId);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [quartier, setQuartier] = useState(homeId ?? WHOLE_CITY);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEM);
  const [refusal, setRefusal] = useState<Exclude<IdeaRefusal, { kind: 'field' }> | null>(null);
  const [postIdea, { loading }] = useMutation(PostIdeaDocument, { refetchQueries: [IdeasDocument] });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    const found = { ...ideaFormProblems(title, body), quartier: null };
    setProblems(found);
    if (found.title || found.body) return;
    try {
      const { data } = await postIdea({
        variables: { input: { title: title.trim(), body: body.trim(), neighbourhoodId: quartier === WHOLE_CITY ? null : quartier } },
      });
      if (data) onPosted(data.postIdea);
    } catch (caught) {
      const refused = ideaRefusal(caught, 'post');
      if (refused.kind !== 'field') return setRefusal(refused);
      // The API checks what the page checked: name its field with the page's own words.
      const local = ideaFormProblems(title, body);
      if (refused.field === 'title') setProblems({ ...NO_PROBLEM, title: local.title ?? 'titleShort' });
      else if (refused.field === 'body') setProblems({ ...NO_PROBLEM, body: local.body ?? 'bodyEmpty' });
      else setProblems({ ...NO_PROBLEM, quartier: 'quartier' });
    }
  };

  const say = (problem: IdeaFieldProblem | null) => (problem ? t(`ideas.errors.${problem}`) : null);
  return (
    <Modal opened onClose={onClose} title={t('ideas.form.modalTitle')} size="lg" data-testid="propose-idea-modal">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('ideas.form.titleLabel')}
            description={t('ideas.form.titleHint')}
            value={title}
            maxLength={IDEA_TITLE.max}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setProblems((p) => ({ ...p, title: null }));
            }}
            error={say(problems.title)}
            data-autofocus
            data-testid="idea-form-title"
          />
          <Textarea
            label={t('ideas.form.bodyLabel')}
            description={t('ideas.form.bodyHint')}
            value={body}
            autosize
            minRows={4}
            maxRows={12}
            maxLength={IDEA_BODY.max}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              setProblems((p) => ({ ...p, body: null }));
            }}
            error={say(problems.body)}
            data-testid="idea-form-body"
          />
          <Select
            label={t('ideas.form.quartierLabel')}
            description={t('ideas.form.quartierHint')}
            data={quartiers}
            value={quartier}
            onChange={(value) => {
              setQuartier(value ?? WHOLE_CITY);
              setProblems((p) => ({ ...p, quartier: null }));
            }}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            error={say(problems.quartier)}
            data-testid="idea-form-quartier"
          />
          <ModalActions
            failure={refusal ? { title: t('ideas.form.failed'), message: refusalText(refusal), testId: 'idea-form-error' } : null}
            cancelLabel={t('ideas.form.cancel')}
            onCancel={onClose}
            confirmLabel={t('ideas.form.submit')}
            loading={loading}
            confirmTestId="idea-form-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
