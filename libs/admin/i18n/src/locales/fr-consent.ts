// Consents: each purpose in plain words, keyed by its wording's version (CONSENT_WORDINGS).
// Rewording a purpose is a new version there and a new entry here; the old entry may go.
export const frConsent = {
  consent: {
    title: 'Mes consentements',
    intro: 'Vous choisissez ce que Relais fait de vos informations. Chaque choix se retire d’un clic, à tout moment\u00a0; il est noté avec sa date et le texte que vous aviez sous les yeux.',
    pageTitle: 'Mon profil',
    loadFailed: 'Impossible de charger vos consentements',
    saveFailed: 'Impossible d’enregistrer votre choix',
    withdraw: 'Retirer',
    historyTitle: 'Historique de vos choix',
    historyEmpty: 'Aucun choix enregistré.',
    historyMore_one: 'et {{count}} choix plus ancien',
    historyMore_other: 'et {{count}} choix plus anciens',
    given: 'accordé',
    withdrawn: 'retiré',
    notGiven: 'non accordé',
    recordedByOther: 'noté par un·e organisateur·rice',
    version: 'texte {{version}}',
    purposes: {
      RANKING: 'Classement des leaders',
      NEWS: 'Nouvelles et campagnes',
      DIGEST: 'Résumé de la semaine',
      CONTACT: 'Contact par les organisateur·rices',
    },
    channels: {
      SIGN_UP: 'à l’inscription',
      PROFILE: 'sur votre profil',
      UNSUBSCRIBE_LINK: 'par le lien de désinscription d’un e-mail',
      ORGANISER: 'par un·e organisateur·rice, à votre demande',
      BEFORE_LEDGER: 'avant la tenue de cet historique',
      ROLE_GRANTED: 'quand vous êtes devenu·e organisateur·rice',
    },
    wordings: {
      'ranking@2026-12': {
        label: 'Apparaître dans le classement des leaders de mon quartier',
        text: 'Les organisateur·rices de votre quartier voient votre place parmi les bénévoles de confiance, calculée à partir de l’aide donnée, des remerciements et des recommandations. Sans votre accord, vous n’y figurez pas.',
      },
      'news@2026-12': {
        label: 'Recevoir les nouvelles de l’organisation',
        text: 'Des e-mails sur ses campagnes, les façons d’aider près de chez vous et les idées du quartier. Votre adresse n’est jamais transmise à d’autres.',
      },
      'digest@2026-12': {
        label: 'Recevoir le résumé de la semaine',
        text: 'Un e-mail par semaine\u00a0: les demandes qui vous correspondent, sans adresse, ou pour les organisateur·rices la semaine de leurs quartiers. Activé d’office pour les bénévoles.',
      },
      'contact@2026-12': {
        label: 'Être contacté·e par les organisateur·rices',
        text: 'Les organisateur·rices de votre quartier peuvent vous appeler ou vous écrire pour vous proposer de l’aide ou une action.',
      },
    },
  },
};
