import { useMutation } from '@apollo/client';
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import type { HelpCategory } from '@relais/admin-data-access';
import { PostHelpRequestDocument, errorMessage, fieldErrorMessages } from '@relais/admin-data-access';
import { DateTimeField } from '@relais/admin-ui';
import type { LatLng } from '@relais/domain-geo';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HELP_CATEGORIES, isHelpCategory } from './categories';
import { localInputToIso } from './local-date-time';
import { LocationField } from './location-field';
import { useHomeArea } from './use-home-area';

export interface PostHelpRequestFormProps {
  /** The request is published: the page says so, and where it now is. */
  onPosted?: (requestId: string) => void;
}

const DESCRIPTION_MAX = 2000;

/** A need in a few fields, phone-sized: what, a word about it, by when, where. */
export function PostHelpRequestForm({ onPosted }: PostHelpRequestFormProps) {
  const { t } = useTranslation();
  const home = useHomeArea();
  const [category, setCategory] = useState<HelpCategory | null>(null);
  const [description, setDescription] = useState('');
  const [neededBy, setNeededBy] = useState('');
  const [address, setAddress] = useState('');
  const [subject, setSubject] = useState('');
  const [level, setLevel] = useState('');
  // Null until the resident moves the marker: the quartier's centre, once known, stands for it.
  const [picked, setPicked] = useState<LatLng | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [post, { loading, error, reset }] = useMutation(PostHelpRequestDocument, { refetchQueries: ['MyHelpRequests'] });
  // What the API refused, on the field it names, in the reader's language.
  const refused = fieldErrorMessages(error);

  const location = picked ?? home.centre;
  const neededByIso = localInputToIso(neededBy);
  const problems = {
    category: category ? null : t('post.categoryRequired'),
    description: description.trim() ? null : t('post.descriptionRequired'),
    neededBy: neededBy && (!neededByIso || new Date(neededByIso).getTime() <= Date.now()) ? t('post.neededByPast') : null,
    location: location ? null : t('post.locationRequired'),
  };
  const valid = Object.values(problems).every((problem) => problem === null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    if (!valid || !category || !location) return;
    const homework = category === 'HOMEWORK';
    try {
      const { data } = await post({
        variables: {
          input: {
            category,
            description: description.trim(),
            address: address.trim() || null,
            neededBy: neededByIso,
            location: { lat: location.lat, lng: location.lng },
            subject: homework ? subject.trim() || null : null,
            level: homework ? level.trim() || null : null,
          },
        },
      });
      setCategory(null);
      setDescription('');
      setNeededBy('');
      setSubject('');
      setLevel('');
      // The address and the place usually stay the same from one need to the next.
      setShowErrors(false);
      if (data) onPosted?.(data.postHelpRequest.id);
    } catch {
      // Shown from the mutation's `error` below.
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="post-form">
      <Stack gap="sm">
        <NativeSelect
          label={t('post.category')}
          required
          value={category ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setCategory(isHelpCategory(value) ? value : null);
            reset();
          }}
          data={[
            { value: '', label: t('post.categoryPlaceholder'), disabled: true },
            ...HELP_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) })),
          ]}
          error={showErrors && problems.category}
          data-testid="post-category"
        />
        <Textarea
          label={t('post.description')}
          placeholder={t('post.descriptionPlaceholder')}
          required
          autosize
          minRows={3}
          maxLength={DESCRIPTION_MAX}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={(showErrors && problems.description) || refused['description']}
          data-testid="post-description"
        />
        {category === 'HOMEWORK' && (
          <Group grow align="flex-start">
            <TextInput
              label={t('post.subject')}
              placeholder={t('post.subjectPlaceholder')}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
              data-testid="post-subject"
            />
            <TextInput
              label={t('post.level')}
              placeholder={t('post.levelPlaceholder')}
              value={level}
              onChange={(event) => setLevel(event.currentTarget.value)}
              data-testid="post-level"
            />
          </Group>
        )}
        <DateTimeField
          label={t('post.neededBy')}
          description={t('post.neededByHint')}
          minDate={new Date()}
          clearable
          value={neededBy}
          onChange={setNeededBy}
          error={(showErrors && problems.neededBy) || refused['neededBy']}
          testId="post-needed-by"
        />
        <TextInput
          label={t('post.address')}
          description={t('post.addressHint')}
          placeholder={t('post.addressPlaceholder')}
          autoComplete="street-address"
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          data-testid="post-address"
        />
        {!home.loading && <LocationField outlines={home.outlines} homeId={home.homeId} value={location} onChange={setPicked} />}
        {showErrors && problems.location && (
          <Alert color="red" data-testid="post-location-error">
            {problems.location}
          </Alert>
        )}
        {error && (
          <Alert color="red" title={t('post.failed')} data-testid="post-error">
            {errorMessage(error)}
          </Alert>
        )}
        {home.error && (
          <Alert color="orange" data-testid="post-home-error">
            {errorMessage(home.error)}
          </Alert>
        )}
        <Button type="submit" loading={loading} size="md" data-testid="post-submit" fullWidth>
          {t('post.submit')}
        </Button>
      </Stack>
    </form>
  );
}
