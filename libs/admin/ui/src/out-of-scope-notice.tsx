import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface OutOfScopeNoticeProps {
  testId?: string;
}

/** A page for a quartier outside the viewer's scope, or gone: said once, plainly, in place of its panels. */
export function OutOfScopeNotice({ testId = 'out-of-scope' }: OutOfScopeNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('errors.outOfScope.title')} data-testid={testId}>
      {t('errors.outOfScope.text')}
    </Alert>
  );
}
