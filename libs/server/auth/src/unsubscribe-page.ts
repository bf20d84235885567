import { ConsentPurpose } from '@relais/domain-people';

type Purpose = ConsentPurpose.DIGEST | ConsentPurpose.NEWS;
export type UnsubscribePageState = { state: 'ask'; purpose: Purpose; token: string } | { state: 'done'; purpose: Purpose } | { state: 'unknown' };

const WHAT: Record<Purpose, { fr: string; en: string }> = {
  [ConsentPurpose.DIGEST]: { fr: 'le résumé de la semaine', en: 'the weekly digest' },
  [ConsentPurpose.NEWS]: { fr: 'les nouvelles et campagnes de l’organisation', en: 'the organisation’s news and campaigns' },
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function body(page: UnsubscribePageState): string {
  switch (page.state) {
    case 'ask':
      return `<h1>Ne plus recevoir ${WHAT[page.purpose].fr}\u00a0?</h1>
<p>Vous pourrez changer d’avis à tout moment dans Relais, sur votre profil («\u00a0Mes consentements\u00a0»).</p>
<p lang="en">Stop receiving ${WHAT[page.purpose].en}? You can change your mind at any time on your profile in Relais.</p>
<form method="post" action="/unsubscribe/${escape(page.token)}"><button type="submit">Me désabonner · Unsubscribe</button></form>`;
    case 'done':
      return `<h1>C’est fait</h1>
<p>Vous ne recevrez plus ${WHAT[page.purpose].fr}. Votre choix est noté avec sa date dans «\u00a0Mes consentements\u00a0».</p>
<p lang="en">Done: you will no longer receive ${WHAT[page.purpose].en}.</p>`;
    case 'unknown':
      return `<h1>Ce lien ne mène nulle part</h1>
<p>Il est incomplet, ou le compte n’existe plus. Vos choix se changent aussi sur votre profil, dans Relais.</p>
<p lang="en">This link leads nowhere: it is incomplete, or the account no longer exists.</p>`;
  }
}

/** The page of an unsubscribe link: French first, English below; no script, nothing from elsewhere. */
export function unsubscribePage(page: UnsubscribePageState): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Relais</title></head>
<body>${body(page)}</body></html>
`;
}
