// « Confidentialité »: what Relais keeps and why, for residents and volunteers, in plain words.
import { frFrame } from './fr-frame';

export const frPrivacy = {
  privacy: {
    ...frFrame.privacy,
    title: 'Confidentialité',
    intro:
      'Relais sert à l’entraide entre voisin·es. Pour cela il garde quelques informations sur vous, dont certaines sont sensibles\u00a0: où vous habitez, ce dont vous avez besoin, votre engagement. Voici lesquelles, pourquoi, qui les voit et combien de temps.',
    keep: {
      title: 'Ce que Relais garde',
      account: 'Votre compte\u00a0: adresse e-mail, nom affiché, langues, et votre mot de passe sous une forme que personne ne peut relire.',
      home: 'L’emplacement de votre domicile, pour trouver de l’aide ou des demandes près de chez vous.',
      requests: 'Vos demandes d’aide\u00a0: ce dont vous avez besoin, pour quand, et l’adresse où aller.',
      volunteering:
        'Si vous êtes bénévole\u00a0: ce que vous proposez, vos disponibilités, jusqu’où vous vous déplacez, l’aide que vous avez donnée, les remerciements et notes reçus, qui vous recommande et qui vous avez fait venir.',
      choices:
        'Vos choix, et quand vous les avez faits\u00a0: recevoir des nouvelles de l’organisation, le résumé de la semaine (bénévoles), être contacté·e par les organisateur·rices, être classé·e parmi les leaders locaux.',
    },
    why: {
      title: 'Pourquoi',
      help: 'Pour mettre en relation une personne qui a besoin d’aide et un·e bénévole proche, et vous prévenir par e-mail quand votre demande avance.',
      safety: 'Pour la sécurité de toutes et tous\u00a0: Relais garde qui a fait quoi sur chaque demande et qui a consulté une adresse exacte.',
      consent:
        'Seulement si vous l’acceptez\u00a0: vous classer parmi les bénévoles à qui le quartier fait confiance (les leaders locaux), et vous envoyer des nouvelles de l’organisation. Vous pouvez retirer votre accord à tout moment.',
    },
    who: {
      title: 'Qui le voit',
      address:
        'L’adresse exacte d’une demande\u00a0: vous, le ou la bénévole qui l’a prise, les organisateur·rices de votre quartier et l’administration. Chaque fois que quelqu’un d’autre que vous la consulte, c’est enregistré.',
      volunteers:
        'Les autres bénévoles voient le type d’aide, votre message, votre nom affiché et un secteur d’environ 700 mètres de large\u00a0: jamais votre adresse ni votre domicile.',
      contact: 'Votre e-mail et vos choix\u00a0: vous, les organisateur·rices de votre quartier et l’administration.',
      nobodyElse: 'Rien n’est vendu ni donné à d’autres. Pas de publicité, pas de traceur, pas de cookie dans l’application.',
    },
    howLong: {
      title: 'Combien de temps',
      account: 'Votre compte, vos demandes et leur historique\u00a0: tant que votre compte existe.',
      rankings: 'L’historique des classements de leaders\u00a0: 400 jours.',
      coming:
        'L’adresse exacte d’une demande terminée, annulée ou expirée est effacée un mois après sa fin\u00a0; le ou la bénévole ne la voit plus une semaine après. La trace de qui a vu votre adresse est gardée un an, les e-mails envoyés 90 jours. Un compte inutilisé depuis trois ans est supprimé 30 jours après un e-mail pour vous prévenir\u00a0; il suffit de vous connecter pour le garder. L’organisation peut changer certaines de ces durées.',
    },
    rights: {
      title: 'Vos droits',
      what: 'Vous pouvez voir vos données, les corriger, les emporter ou les faire effacer, retirer un accord, ou refuser un usage.',
      how:
        'Dans l’application, la page «\u00a0Mes données\u00a0» vous permet de télécharger tout ce que Relais garde sur vous et de supprimer votre compte\u00a0; vos accords se changent sur votre profil. Sans compte ou sans Internet, écrivez ou téléphonez à l’organisation qui vous a proposé Relais\u00a0: elle doit vous répondre dans un mois, et peut effacer votre compte pour vous.',
      cnil: 'Si la réponse ne vous convient pas, vous pouvez vous plaindre auprès de la CNIL (cnil.fr).',
    },
    organisation:
      'L’organisation qui fait fonctionner ce Relais est responsable de vos données. Son nom et son contact figurent dans sa notice d’information.',
    back: 'Retour à Relais',
  },
};
