import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface WeightShareProps {
  /** The weight's share of the score, in [0, 1]; null while the weights have none to say. */
  share: number | null;
  testId: string;
}

/** « 25 % du score » beside a weight: what a relative weight comes to once they are all normalised. */
export function WeightShare({ share, testId }: WeightShareProps) {
  const { t, i18n } = useTranslation();
  // Two figures say a share well (« 25 % », « 2,5 % »); one is enough for a sliver (« 0,06 % »).
  const percent = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: share !== null && share < 0.01 ? 1 : 2 });
  return (
    <Text size="sm" c="dimmed" w={112} ta="right" pt={4} style={{ flexShrink: 0 }} data-testid={testId}>
      {share === null ? '' : t('scoringSettings.share', { share: percent.format(share * 100) })}
    </Text>
  );
}
