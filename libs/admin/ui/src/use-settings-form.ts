import type { FormEvent } from 'react';
import { useState } from 'react';

export type SaveFailure = 'forbidden' | 'failed';

export interface SettingsFormOptions<F extends string> {
  /** The fields the draft cannot be saved with, checked as the API checks them. */
  invalidFields: () => F[];
  save: () => Promise<unknown>;
  /** The fields a refusal names (BAD_USER_INPUT), each marked in place; none for any other refusal. */
  refusedFields: (caught: unknown) => F[];
  /** Any other refusal, said in the page's words rather than the server's. */
  failureOf: (caught: unknown) => SaveFailure;
}

/**
 * The state of an ADMIN settings form: which fields are wrong (checked on submit, then as they
 * change, or named by the API), whether saving failed, and the saved notice until the next change.
 */
export function useSettingsForm<F extends string>({ invalidFields, save, refusedFields, failureOf }: SettingsFormOptions<F>) {
  const [showErrors, setShowErrors] = useState(false);
  const [refused, setRefused] = useState<F[]>([]);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const invalid = showErrors ? invalidFields() : [];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    setSaved(false);
    setRefused([]);
    setFailure(null);
    if (invalidFields().length) return;
    try {
      await save();
      setSaved(true);
    } catch (caught) {
      const fields = refusedFields(caught);
      if (fields.length) setRefused(fields);
      else setFailure(failureOf(caught));
    }
  };

  return {
    wrong: (field: F) => invalid.includes(field) || refused.includes(field),
    /** Fields the person changed: the saved notice and their refusals no longer hold. */
    changed: (...fields: F[]) => {
      setSaved(false);
      setRefused((current) => current.filter((field) => !fields.includes(field)));
    },
    failure,
    saved,
    dismissSaved: () => setSaved(false),
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
  };
}
