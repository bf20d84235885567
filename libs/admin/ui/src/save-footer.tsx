import { Alert, Button, Group } from '@mantine/core';

export interface SaveFooterProps {
  /** What went wrong, already worded; nothing while all is well. */
  failure?: { title: string; message: string; testId: string } | null;
  /** The notice once saved, until the next change; nothing before. */
  saved?: { message: string; testId: string; onClose: () => void } | null;
  submitLabel: string;
  loading?: boolean;
  submitTestId: string;
}

/** The foot of a settings form: what went wrong or that it is saved, then its submit button. */
export function SaveFooter({ failure, saved, submitLabel, loading, submitTestId }: SaveFooterProps) {
  return (
    <>
      {failure && (
        <Alert color="red" title={failure.title} data-testid={failure.testId}>
          {failure.message}
        </Alert>
      )}
      {saved && (
        <Alert color="green" withCloseButton onClose={saved.onClose} data-testid={saved.testId}>
          {saved.message}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={loading} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
