import type { NewMail } from '@relais/server-messaging';
import { inRecipientLanguage } from '@relais/server-messaging';

export interface MailRecipient {
  email: string;
  displayName: string;
  languages: readonly string[];
}

interface Text {
  subject: string;
  body: (vars: Record<string, string>) => string;
}

// French first; English for people who did not list French.
const TEXTS = {
  taken: {
    fr: {
      subject: 'Votre demande a trouvé un·e bénévole',
      body: (v) => `Bonjour ${v.name},\n\n${v.volunteer} s'occupe de votre demande « ${v.description} ». Il ou elle vous contactera bientôt.\n\nRelais`,
    },
    en: {
      subject: 'A volunteer took your request',
      body: (v) => `Hello ${v.name},\n\n${v.volunteer} is taking care of your request "${v.description}" and will be in touch soon.\n\nRelais`,
    },
  },
  assignedToYou: {
    fr: {
      subject: 'Une demande vous a été confiée',
      body: (v) => `Bonjour ${v.name},\n\nUn·e organisateur·rice vous a confié la demande « ${v.description} ». Retrouvez-la dans « Mes missions ».\n\nRelais`,
    },
    en: {
      subject: 'A request was assigned to you',
      body: (v) => `Hello ${v.name},\n\nAn organiser assigned you the request "${v.description}". Find it under "My tasks".\n\nRelais`,
    },
  },
  expired: {
    fr: {
      subject: "Votre demande n'a pas trouvé de bénévole à temps",
      body: (v) => `Bonjour ${v.name},\n\nPersonne n'a pu prendre votre demande « ${v.description} » avant la date prévue. Vous pouvez la publier à nouveau ou appeler l'équipe de votre quartier.\n\nRelais`,
    },
    en: {
      subject: 'Your request expired',
      body: (v) => `Hello ${v.name},\n\nNobody could take your request "${v.description}" in time. You can post it again or call your neighbourhood's team.\n\nRelais`,
    },
  },
  cancelled: {
    fr: {
      subject: 'Une demande que vous aviez prise est annulée',
      body: (v) => `Bonjour ${v.name},\n\nLa demande « ${v.description} » a été annulée : vous n'avez plus à vous en occuper. Merci !\n\nRelais`,
    },
    en: {
      subject: 'A request you took was cancelled',
      body: (v) => `Hello ${v.name},\n\nThe request "${v.description}" was cancelled: nothing more to do. Thank you!\n\nRelais`,
    },
  },
} satisfies Record<string, { fr: Text; en: Text }>;

export type MailKind = keyof typeof TEXTS;

function excerpt(description: string): string {
  return description.length > 80 ? `${description.slice(0, 77)}…` : description;
}

/** `concerns`: the request's parties, whose words (its description) or name the mail carries. */
export function helpRequestMail(
  kind: MailKind,
  to: MailRecipient,
  vars: { description: string; volunteer?: string },
  concerns: readonly string[],
): NewMail {
  const text = inRecipientLanguage(TEXTS[kind], to.languages);
  return {
    kind,
    to: to.email,
    subject: text.subject,
    body: text.body({ name: to.displayName, description: excerpt(vars.description), volunteer: vars.volunteer ?? '' }),
    concerns,
  };
}
