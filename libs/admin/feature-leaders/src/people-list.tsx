import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PeopleListProps {
  title: string;
  hint: string;
  people: readonly { id: string; displayName: string }[];
  testId: string;
}

/** Names under a heading: who vouched for a leader, whom they brought in, since they joined. */
export function PeopleList({ title, hint, people, testId }: PeopleListProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        {people.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('leaderPerson.nobody')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {people.map((person) => (
              <List.Item key={person.id} data-testid={`${testId}-person`}>
                {person.displayName}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
