import type { NewMail } from '@relais/server-messaging';
import { inRecipientLanguage } from '@relais/server-messaging';

export interface InactiveRecipient {
  email: string;
  displayName: string;
  languages: readonly string[];
}

/** Days are named as people in the organisation's city read them (as leader snapshots are dated). */
const TIME_ZONE = 'Europe/Paris';

const TEXTS = {
  fr: {
    subject: 'Votre compte Relais sera supprimé faute d’utilisation',
    body: (name: string, date: string) =>
      `Bonjour ${name},\n\nVous n’avez pas utilisé Relais depuis longtemps. Pour ne pas garder vos données sans raison, votre compte et ce qu’il contient seront supprimés à partir du ${date}, sauf si vous vous connectez d’ici là.\n\nPour garder votre compte, il suffit de vous connecter une fois. Pour le laisser partir, vous n’avez rien à faire.\n\nRelais`,
  },
  en: {
    subject: 'Your Relais account will be erased as it is not used',
    body: (name: string, date: string) =>
      `Hello ${name},\n\nYou have not used Relais for a long time. So as not to keep your data for no reason, your account and what it holds will be erased from ${date} unless you log in before then.\n\nTo keep your account, just log in once. To let it go, there is nothing to do.\n\nRelais`,
  },
};

/** The notice that an unused account will be erased on `erasedOn` unless its owner logs in; French first. */
export function inactivityMail(to: InactiveRecipient, erasedOn: Date): NewMail {
  const english = inRecipientLanguage({ fr: false, en: true }, to.languages);
  const text = english ? TEXTS.en : TEXTS.fr;
  const date = new Intl.DateTimeFormat(english ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(erasedOn);
  return { kind: 'inactivityNotice', to: to.email, subject: text.subject, body: text.body(to.displayName, date) };
}
