import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkEmail } from '@relais/domain-people';

/** The fields of the sign-up form a refusal can point at, in the order the form shows them. */
export const SIGN_UP_FIELDS = ['role', 'displayName', 'email', 'password', 'skills', 'location', 'referralCode'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** Why a field is refused; each is worded by the page (signUp.errors.<problem>), never by the server. */
export type SignUpProblem =
  | 'roleRequired'
  | 'displayNameRequired'
  | 'displayNameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'emailTaken'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'skillsInvalid'
  | 'quartierRequired'
  | 'locationOutside'
  | 'locationInvalid'
  | 'referralCodeUnknown';

export type SignUpProblems = Partial<Record<SignUpField, SignUpProblem>>;

export interface SignUpDraft {
  role: 'RESIDENT' | 'VOLUNTEER' | null;
  displayName: string;
  email: string;
  password: string;
  /** Where the home stands: no quartier chosen yet, a point outside every quartier shown, or a usable point. */
  home: 'none' | 'outside' | 'inside';
}

/** Same limits as the API (the domain's sign-up rules), checked before anything is sent. */
export function draftProblems(draft: SignUpDraft): SignUpProblems {
  const problems: SignUpProblems = {};
  if (!draft.role) problems.role = 'roleRequired';
  const name = draft.displayName.trim();
  if (!name) problems.displayName = 'displayNameRequired';
  else if (name.length > DISPLAY_NAME_MAX_LENGTH) problems.displayName = 'displayNameTooLong';
  if (!draft.email.trim()) problems.email = 'emailRequired';
  else if (checkEmail(draft.email).length) problems.email = 'emailInvalid';
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  if (draft.home === 'none') problems.location = 'quartierRequired';
  else if (draft.home === 'outside') problems.location = 'locationOutside';
  return problems;
}

function passwordProblem(password: string): SignUpProblem | null {
  if (!password) return 'passwordRequired';
  if (password.length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  return null;
}

/** How the API said no: fields it named (BAD_USER_INPUT), too many sign-ups from here, or anything else. */
export type SignUpRefusal = { kind: 'fields'; fields: SignUpField[] } | { kind: 'tooManyAttempts' } | { kind: 'failed' };

/** Reads the first GraphQL error's `extensions`; a BAD_USER_INPUT naming none of the form's fields is a plain failure. */
export function signUpRefusal(extensions: Readonly<Record<string, unknown>> | undefined): SignUpRefusal {
  if (extensions?.['code'] === 'FORBIDDEN' && extensions['reason'] === 'TOO_MANY_ATTEMPTS') return { kind: 'tooManyAttempts' };
  const named = extensions?.['code'] === 'BAD_USER_INPUT' && Array.isArray(extensions['fields']) ? extensions['fields'] : [];
  const fields = SIGN_UP_FIELDS.filter((field) =>
    named.some((entry: unknown) => typeof entry === 'object' && entry !== null && (entry as { field?: unknown }).field === field),
  );
  return fields.length ? { kind: 'fields', fields } : { kind: 'failed' };
}

/**
 * The problem behind each field the API refused. The form already checked the same rules, so a
 * well-formed e-mail refused is one already registered, and a referral code refused matches nobody:
 * no server text is read.
 */
export function refusedProblems(fields: readonly SignUpField[], draft: SignUpDraft): SignUpProblems {
  const problems: SignUpProblems = {};
  for (const field of fields) problems[field] = refusedProblem(field, draft);
  return problems;
}

function refusedProblem(field: SignUpField, draft: SignUpDraft): SignUpProblem {
  switch (field) {
    case 'role':
      return 'roleRequired';
    case 'displayName':
      return draft.displayName.trim() ? 'displayNameTooLong' : 'displayNameRequired';
    case 'email':
      return checkEmail(draft.email).length ? 'emailInvalid' : 'emailTaken';
    case 'password':
      return passwordProblem(draft.password) ?? 'passwordTooShort';
    case 'skills':
      return 'skillsInvalid';
    case 'location':
      return 'locationInvalid';
    case 'referralCode':
      return 'referralCodeUnknown';
  }
}

/** The first field to put the cursor in once the form is refused. */
export function firstRefused(problems: SignUpProblems): SignUpField | null {
  return SIGN_UP_FIELDS.find((field) => problems[field]) ?? null;
}
