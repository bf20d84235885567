import type { NewMail } from '@relais/server-messaging';
import { inRecipientLanguage } from '@relais/server-messaging';

export interface NewAmbassador {
  email: string;
  displayName: string;
  languages: readonly string[];
  neighbourhood: string;
}

const TEXTS = {
  fr: {
    subject: 'Vous êtes ambassadeur·rice de votre quartier',
    body: (a: NewAmbassador) =>
      `Bonjour ${a.displayName},\n\nL'équipe de ${a.neighbourhood} vous a choisi·e comme ambassadeur·rice : vos voisin·es vous font confiance. ` +
      `Vous recevrez les messages et les idées d'action de l'organisation, pour les relayer autour de vous si vous le souhaitez.\n\nMerci pour tout ce que vous faites.\n\nRelais`,
  },
  en: {
    subject: 'You are an ambassador of your neighbourhood',
    body: (a: NewAmbassador) =>
      `Hello ${a.displayName},\n\nThe ${a.neighbourhood} team chose you as an ambassador: your neighbours trust you. ` +
      `You will receive the organisation's messages and ideas for action, to pass on around you if you wish.\n\nThank you for all you do.\n\nRelais`,
  },
};

/** Tells a volunteer they were promoted, in their language. */
export function ambassadorMail(ambassador: NewAmbassador): NewMail {
  const text = inRecipientLanguage(TEXTS, ambassador.languages);
  return { kind: 'ambassadorPromoted', to: ambassador.email, subject: text.subject, body: text.body(ambassador) };
}
