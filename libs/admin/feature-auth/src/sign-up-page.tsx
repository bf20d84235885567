import { Alert, Box, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { HelpCategory } from '@relais/admin-data-access';
import { HELP_CATEGORIES } from '@relais/admin-feature-help-requests';
import { outlineAt } from '@relais/admin-feature-neighbourhoods';
import type { LatLng } from '@relais/domain-geo';
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@relais/domain-people';
import type { ChangeEvent, FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { AuthHeader, LeadInLink } from './auth-parts';
import { HomeField } from './home-field';
import { RETURN_PARAM, safeReturnPath } from './return-path';
import type { SelfChosenRole } from './role-choice';
import { RoleChoice, SkillChoice } from './role-choice';
import type { SignUpConsent } from './sign-up-consents';
import { SignUpConsents } from './sign-up-consents';
import type { SignUpDraft, SignUpField, SignUpProblem, SignUpProblems } from './sign-up-fields';
import { draftProblems, firstRefused, refusedProblems } from './sign-up-fields';
import { useHomeQuartier } from './use-home-quartier';
import { useSession } from './use-session';
import { useSignUp } from './use-sign-up';

export interface SignUpPageProps {
  /** Shown above the form, e.g. a language switch. */
  toolbar?: ReactNode;
}

/** Where the cursor goes when a field is refused. */
const FIELD_IDS: Record<SignUpField, string> = {
  role: 'signup-role-RESIDENT',
  displayName: 'signup-displayName',
  email: 'signup-email',
  password: 'signup-password',
  skills: `signup-skill-${HELP_CATEGORIES[0]}`,
  location: 'signup-location',
  referralCode: 'signup-referralCode',
};

/**
 * « Créer un compte », public: who one is and why one comes, a home placed on the quartier's map,
 * and the consents, each unticked. Refusals are said next to their field in the page's words;
 * once signed up the person is signed in and sent to their first page.
 */
export function SignUpPage({ toolbar }: SignUpPageProps) {
  const { t } = useTranslation();
  const { token } = useSession();
  const [params] = useSearchParams();
  const { signUp, submitting } = useSignUp();
  const [role, setRole] = useState<SelfChosenRole | null>(null);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [skills, setSkills] = useState<HelpCategory[]>([]);
  const [quartierId, setQuartierId] = useState<string | null>(null);
  // Null until the person moves the marker: the quartier's centre stands for it.
  const [picked, setPicked] = useState<LatLng | null>(null);
  const [referralCode, setReferralCode] = useState(() => params.get('code')?.trim() ?? '');
  // An ambassador's relay link (/r/<code> leads here with ?relais=): sent with the form, out of sight.
  const [relayCode] = useState(() => params.get('relais')?.trim() ?? '');
  // A shared idea's link (/i/<idea> leads here with ?idee=): sent with the form; a signed-in visitor goes to the idea.
  const [ideaId] = useState(() => params.get('idee')?.trim() ?? '');
  // The page someone signed out opened before choosing to sign up (see LoginPage): only a path of this app.
  const [returnPath] = useState(() => safeReturnPath(params.get(RETURN_PARAM)));
  const [consents, setConsents] = useState<Record<SignUpConsent, boolean>>({ ranking: false, news: false });
  const [showErrors, setShowErrors] = useState(false);
  const [refused, setRefused] = useState<SignUpProblems>({});
  const [failure, setFailure] = useState<'tooManyAttempts' | 'failed' | null>(null);
  const home = useHomeQuartier(quartierId);

  const location = picked ?? home.centre;
  const draft: SignUpDraft = {
    role,
    displayName,
    email,
    password,
    home: !quartierId || !location ? 'none' : outlineAt(home.outlines, location) ? 'inside' : 'outside',
  };
  const problems: SignUpProblems = { ...refused, ...(showErrors ? draftProblems(draft) : {}) };
  const says = (field: SignUpField): string | null => {
    const problem = problems[field];
    // The map already says, in red, when its point is outside every quartier.
    return problem && problem !== 'locationOutside' ? t(`signUp.errors.${problem}`, { min: PASSWORD_MIN_LENGTH, max: maxOf(problem) }) : null;
  };
  const edited = (field: SignUpField) => {
    setRefused((current) => {
      const { [field]: dropped, ...rest } = current;
      return dropped ? rest : current;
    });
    setFailure(null);
  };
  /** What a text field shares with the others: its value, what typing does, its error and its names. */
  const typed = (field: SignUpField, value: string, set: (value: string) => void) => ({
    id: FIELD_IDS[field],
    value,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      set(event.currentTarget.value);
      edited(field);
    },
    error: says(field),
    'data-testid': `signup-${field}`,
  });

  if (token) return <Navigate to={ideaId ? `/ideas/${encodeURIComponent(ideaId)}` : (returnPath ?? '/')} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    setFailure(null);
    const found = draftProblems(draft);
    if (firstRefused(found) || !role || !location) return focus(firstRefused(found));
    const refusal = await signUp({
      email: email.trim(),
      password,
      displayName: displayName.trim(),
      role,
      location: { lat: location.lat, lng: location.lng },
      skills: role === 'VOLUNTEER' ? skills : null,
      referralCode: referralCode.trim() || null,
      relayCode: relayCode || null,
      ideaId: ideaId || null,
      rankingConsent: consents.ranking,
      newsConsent: consents.news,
    });
    // Signed up: the token is kept, and the page sends the person home on its next render.
    if (!refusal) return;
    if (refusal.kind === 'fields') {
      const named = refusedProblems(refusal.fields, draft);
      setRefused(named);
      focus(firstRefused(named));
    } else {
      setFailure(refusal.kind);
    }
  };

  return (
    <Box mih="100vh" py={{ base: 'md', sm: 'xl' }} px={{ base: 'xs', sm: 'md' }} bg="var(--mantine-color-gray-0)">
      <Paper component="main" withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} maw={560} mx="auto" data-testid="signup-page">
        <Stack gap="lg">
          <AuthHeader toolbar={toolbar} />
          <div>
            <Title order={2} size="h3">
              {t('signUp.title')}
            </Title>
            <Text size="sm">{t('signUp.intro')}</Text>
          </div>
          <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="signup-form">
            <Stack gap="lg">
              <RoleChoice
                value={role}
                onChange={(chosen) => {
                  setRole(chosen);
                  edited('role');
                }}
                error={says('role')}
              />
              <TextInput
                label={t('signUp.displayName')}
                description={t('signUp.displayNameHint')}
                autoComplete="nickname"
                required
                maxLength={DISPLAY_NAME_MAX_LENGTH}
                {...typed('displayName', displayName, setDisplayName)}
              />
              <TextInput
                label={t('signUp.email')}
                description={t('signUp.emailHint')}
                type="email"
                autoComplete="email"
                required
                {...typed('email', email, setEmail)}
              />
              <PasswordInput
                label={t('signUp.password')}
                description={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
                required
                {...typed('password', password, setPassword)}
              />
              {role === 'VOLUNTEER' && (
                <SkillChoice
                  value={skills}
                  onChange={(chosen) => {
                    setSkills(chosen);
                    edited('skills');
                  }}
                  error={says('skills')}
                />
              )}
              <HomeField
                quartierId={quartierId}
                onQuartierChange={(id) => {
                  setQuartierId(id);
                  setPicked(null);
                  edited('location');
                }}
                home={home}
                value={location}
                onChange={(point) => {
                  setPicked(point);
                  edited('location');
                }}
                quartierError={problems.location === 'quartierRequired' ? says('location') : null}
                locationError={problems.location === 'quartierRequired' ? null : says('location')}
              />
              <TextInput
                label={t('signUp.referralCode')}
                description={t('signUp.referralCodeHint')}
                autoComplete="off"
                autoCapitalize="characters"
                {...typed('referralCode', referralCode, setReferralCode)}
              />
              {relayCode && <input type="hidden" name="relayCode" value={relayCode} data-testid="signup-relayCode" />}
              <SignUpConsents
                given={consents}
                onChange={(consent, granted) => setConsents((current) => ({ ...current, [consent]: granted }))}
                volunteer={role === 'VOLUNTEER'}
              />
              {failure && (
                <Alert color="red" title={t('signUp.errors.failedTitle')} data-testid="signup-error">
                  {t(failure === 'tooManyAttempts' ? 'signUp.errors.tooManyAttempts' : 'signUp.errors.failed')}
                </Alert>
              )}
              {!failure && Object.keys(problems).length > 0 && (
                <Text size="sm" c="red" data-testid="signup-fix-fields">
                  {t('signUp.errors.fixFields')}
                </Text>
              )}
              <Button type="submit" size="md" loading={submitting} fullWidth data-testid="signup-submit">
                {t('signUp.submit')}
              </Button>
            </Stack>
          </form>
          <LeadInLink lead={t('signUp.haveAccount')} link={t('signUp.logIn')} to={returnPath ?? '/'} testId="signup-login" centred />
        </Stack>
      </Paper>
    </Box>
  );
}

function maxOf(problem: SignUpProblem): number {
  return problem === 'passwordTooLong' ? PASSWORD_MAX_LENGTH : DISPLAY_NAME_MAX_LENGTH;
}

function focus(field: SignUpField | null): void {
  if (field) document.getElementById(FIELD_IDS[field])?.focus();
}
