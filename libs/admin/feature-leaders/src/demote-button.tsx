import type { ButtonProps } from '@mantine/core';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoteModal } from './demote-modal';

export interface DemoteButtonProps {
  person: { id: string; displayName: string };
  neighbourhoodId: string;
  size?: ButtonProps['size'];
}

export function DemoteButton({ person, neighbourhoodId, size = 'xs' }: DemoteButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size={size} variant="subtle" color="red" onClick={() => setOpened(true)} data-testid="demote">
        {t('ambassador.demote')}
      </Button>
      {opened && <DemoteModal person={person} neighbourhoodId={neighbourhoodId} onClose={() => setOpened(false)} />}
    </>
  );
}
