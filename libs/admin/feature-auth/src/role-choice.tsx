import { Chip, Group, Input, Radio, Stack, Text } from '@mantine/core';
import type { HelpCategory } from '@relais/admin-data-access';
import { HELP_CATEGORIES } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';

/** The roles a person gives themselves at sign-up; the others are granted. */
export type SelfChosenRole = 'RESIDENT' | 'VOLUNTEER';
const ROLES: readonly SelfChosenRole[] = ['RESIDENT', 'VOLUNTEER'];

export interface RoleChoiceProps {
  value: SelfChosenRole | null;
  onChange: (role: SelfChosenRole) => void;
  error: string | null;
}

/** « Je viens… »: each role as a card saying what it means, none chosen in advance. */
export function RoleChoice({ value, onChange, error }: RoleChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('signUp.role.label')}
      required
      value={value}
      onChange={(chosen) => onChange(chosen === 'VOLUNTEER' ? 'VOLUNTEER' : 'RESIDENT')}
      error={error}
      data-testid="signup-role"
    >
      <Stack gap="xs" mt="xs">
        {ROLES.map((role) => (
          <Radio.Card key={role} value={role} id={`signup-role-${role}`} p="sm" radius="md" data-testid={`signup-role-${role}`}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <div>
                <Text fw={600}>{t(`signUp.role.${role}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`signUp.role.${role}Hint`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

export interface SkillChoiceProps {
  value: readonly HelpCategory[];
  onChange: (skills: HelpCategory[]) => void;
  error: string | null;
}

/** What a volunteer offers, in the app's own category names and order. */
export function SkillChoice({ value, onChange, error }: SkillChoiceProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('signUp.skills')} description={t('signUp.skillsHint')} error={error} data-testid="signup-skills">
      <Chip.Group multiple value={[...value]} onChange={(values) => onChange(HELP_CATEGORIES.filter((category) => values.includes(category)))}>
        <Group gap="xs" mt="xs">
          {HELP_CATEGORIES.map((category) => (
            <Chip key={category} value={category} id={`signup-skill-${category}`} data-testid={`signup-skill-${category}`}>
              {t(`categories.${category}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
