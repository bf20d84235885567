import { Button, CopyButton, Group, Text, TextInput } from '@mantine/core';
import { SectionPanel } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';

export interface IdeaShareProps {
  share: { url: string; visits: number; signUps: number };
}

/** The person's own link to share an idea, and what it brought so far. */
export function IdeaShare({ share }: IdeaShareProps) {
  const { t } = useTranslation();
  return (
    <SectionPanel title={t('ideas.share.title')} hint={t('ideas.share.hint')} testId="idea-share">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput label={t('ideas.share.link')} value={share.url} readOnly style={{ flex: 1, minWidth: 0 }} data-testid="idea-share-url" onFocus={(event) => event.currentTarget.select()} />
        <CopyButton value={share.url}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy} data-testid="idea-share-copy">
              {copied ? t('ideas.share.copied') : t('ideas.share.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed" data-testid="idea-share-figures" data-visits={share.visits} data-sign-ups={share.signUps}>
        {t('ideas.share.figures', { visits: share.visits, count: share.signUps })}
      </Text>
    </SectionPanel>
  );
}
