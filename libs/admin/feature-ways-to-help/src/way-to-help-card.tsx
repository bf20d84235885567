import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { WayToHelpCardFragment } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';

export interface WayToHelpCardProps {
  way: WayToHelpCardFragment;
  /** Shown to those who may archive it: the organisers' page, never the feed. */
  onArchive?: () => void;
}

/** Where a link leads, so people know before opening it; the API keeps only http(s) links. */
function hostOf(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}

/** One way to help: its kind in words, title, text, link and the quartiers it is for. */
export function WayToHelpCard({ way, onArchive }: WayToHelpCardProps) {
  const { t } = useTranslation();
  const names = way.neighbourhoods.map((place) => place.name).join(', ');
  return (
    <Paper withBorder p="md" data-testid="way-to-help" data-way-id={way.id} data-kind={way.kind}>
      <Stack gap="xs">
        <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
          <Badge variant="light" color="teal" tt="none" size="lg" radius="sm" data-testid="way-to-help-kind">
            {t(`waysToHelp.kind.${way.kind}`)}
          </Badge>
          {onArchive && (
            <Button variant="subtle" color="red" size="compact-sm" onClick={onArchive} data-testid="way-to-help-archive">
              {t('waysToHelp.archive')}
            </Button>
          )}
        </Group>
        <Text fw={600} size="lg" data-testid="way-to-help-title">
          {way.title}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid="way-to-help-body">
          {way.body}
        </Text>
        {way.link && (
          <Anchor href={way.link} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="way-to-help-link">
            {t('waysToHelp.open', { host: hostOf(way.link) })}{' '}
            <Text span size="xs" c="dimmed">
              {t('waysToHelp.opensInNewTab')}
            </Text>
          </Anchor>
        )}
        <Text size="xs" c="dimmed" data-testid="way-to-help-quartiers">
          {names ? t('waysToHelp.forQuartiers', { names }) : t('waysToHelp.forCity')}
        </Text>
      </Stack>
    </Paper>
  );
}
