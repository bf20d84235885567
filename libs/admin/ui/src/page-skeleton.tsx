import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PageSkeletonProps {
  /** How many row shapes to show: about as many as the page will have at first. */
  rows?: number;
  /** False inside a page whose title already shows: only the rows to come. */
  title?: boolean;
}

/**
 * What a page's place shows while its code or its first data loads: the shape of a title and a few
 * rows, so the page never goes blank and nothing jumps far when it arrives. Screen readers hear « Chargement… ».
 */
export function PageSkeleton({ rows = 3, title = true }: PageSkeletonProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="status" aria-busy="true" aria-label={t('app.loading')} data-testid="page-skeleton">
      {title && <Skeleton height={28} width="min(320px, 70%)" radius="sm" />}
      {title && <Skeleton height={14} width="min(520px, 90%)" radius="sm" />}
      {Array.from({ length: rows }, (_, row) => (
        <Skeleton key={row} height={72} radius="md" />
      ))}
    </Stack>
  );
}
