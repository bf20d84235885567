const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit log's filters as typed in the form. */
export interface AuditLogForm {
  personId: string;
  readerId: string;
  action: string | null;
  /** yyyy-mm-dd, from a date input; empty for none. */
  from: string;
  to: string;
}

export interface AuditLogVariables {
  personId: string | null;
  readerId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

/** An id filter: empty is none, anything else must be a whole id (no query is sent for half of one). */
export function idFilter(value: string): { id: string | null; valid: boolean } {
  const id = value.trim();
  return id === '' ? { id: null, valid: true } : { id, valid: UUID.test(id) };
}

/** Days as the admin means them: from the start of `from` to the end of `to`, in their own time zone. */
export function auditLogVariables(form: AuditLogForm): AuditLogVariables | null {
  const person = idFilter(form.personId);
  const reader = idFilter(form.readerId);
  if (!person.valid || !reader.valid) return null;
  return {
    personId: person.id,
    readerId: reader.id,
    action: form.action,
    from: form.from ? startOfDay(form.from, 0) : null,
    to: form.to ? startOfDay(form.to, 1) : null,
  };
}

function startOfDay(day: string, plusDays: number): string | null {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return null;
  return new Date(year, month - 1, date + plusDays).toISOString();
}
