import { Drawer, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PostHelpRequestForm } from './post-help-request-form';

export interface NewRequestDialogProps {
  opened: boolean;
  onClose: () => void;
  onPosted: (requestId: string) => void;
}

/** Mantine's `sm` breakpoint: below it, a drawer from the bottom, within the thumb's reach. */
const PHONE = '(max-width: 47.99em)';

/** The new request's form, over the list: a drawer on a phone, a dialog on a desk. */
export function NewRequestDialog({ opened, onClose, onPosted }: NewRequestDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const form = <PostHelpRequestForm onPosted={onPosted} />;
  const shared = { opened, onClose, title: t('newRequest.title'), closeButtonProps: { 'aria-label': t('newRequest.close') } };
  return phone ? (
    <Drawer {...shared} position="bottom" size="92%" data-testid="new-request-drawer">
      {form}
    </Drawer>
  ) : (
    <Modal {...shared} size="lg" data-testid="new-request-modal">
      {form}
    </Modal>
  );
}
