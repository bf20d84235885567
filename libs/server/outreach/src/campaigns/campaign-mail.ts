import type { NewMail } from '@relais/server-messaging';
import { inRecipientLanguage } from '@relais/server-messaging';

export interface RelayMailVars {
  email: string;
  displayName: string;
  languages: readonly string[];
  title: string;
  message: string;
  relayUrl: string;
  /** Stops the organisation's news and campaigns, without logging in. */
  unsubscribeUrl: string;
  unsubscribeHeaders: Record<string, string>;
}

const TEXTS = {
  fr: {
    subject: (v: RelayMailVars) => `À relayer : ${v.title}`,
    body: (v: RelayMailVars) =>
      `Bonjour ${v.displayName},\n\nL'organisation vous propose de relayer ce message autour de vous, si vous le souhaitez :\n\n` +
      `« ${v.title} »\n\n${v.message}\n\nVotre lien à partager (il compte les visites, sans savoir qui les fait) :\n${v.relayUrl}\n\n` +
      `Quand vous l'avez relayé, dites-le dans Relais, « Mes relais » : cela aide l'équipe à savoir ce qui marche.\n\nMerci !\n\nRelais\n\n` +
      `Ne plus recevoir les campagnes de l'organisation : ${v.unsubscribeUrl}`,
  },
  en: {
    subject: (v: RelayMailVars) => `To pass on: ${v.title}`,
    body: (v: RelayMailVars) =>
      `Hello ${v.displayName},\n\nThe organisation invites you to pass this message on around you, if you wish:\n\n` +
      `"${v.title}"\n\n${v.message}\n\nYour link to share (it counts visits without knowing who makes them):\n${v.relayUrl}\n\n` +
      `Once you have passed it on, say so in Relais, "My relays": it helps the team know what works.\n\nThank you!\n\nRelais\n\n` +
      `Stop receiving the organisation's campaigns: ${v.unsubscribeUrl}`,
  },
};

/** An ambassador's relay task, by mail, in their language. */
export function relayMail(vars: RelayMailVars): NewMail {
  const text = inRecipientLanguage(TEXTS, vars.languages);
  return { kind: 'campaignRelay', to: vars.email, subject: text.subject(vars), body: text.body(vars), headers: vars.unsubscribeHeaders };
}
