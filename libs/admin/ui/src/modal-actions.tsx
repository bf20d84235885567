import { Alert, Button, Group } from '@mantine/core';

export interface ModalActionsProps {
  /** What went wrong, already worded; nothing while all is well. */
  failure?: { title: string; message: string; testId: string } | null;
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  /** Red for what cannot be undone. */
  confirmColor?: string;
  loading?: boolean;
  confirmTestId: string;
}

/** The foot of a modal's form: what went wrong, then a way out and the form's submit button. */
export function ModalActions({ failure, cancelLabel, onCancel, confirmLabel, confirmColor, loading, confirmTestId }: ModalActionsProps) {
  return (
    <>
      {failure && (
        <Alert color="red" title={failure.title} data-testid={failure.testId}>
          {failure.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button type="submit" color={confirmColor} loading={loading} data-testid={confirmTestId}>
          {confirmLabel}
        </Button>
      </Group>
    </>
  );
}
