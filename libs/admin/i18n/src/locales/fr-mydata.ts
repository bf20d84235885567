// « Mes données »: what Relais keeps about the signed-in person, and its download.
import { frFrame } from './fr-frame';

export const frMyData = {
  myData: {
    ...frFrame.myData,
    title: 'Mes données',
    intro: 'Vous pouvez télécharger à tout moment tout ce que Relais garde sur vous, dans un fichier que vous gardez ou transmettez à qui vous voulez.',
    keptTitle: 'Ce que Relais garde, et pourquoi',
    kept: {
      account: 'Votre compte\u00a0: e-mail, nom affiché, rôles, langues, et votre domicile pour trouver votre quartier et les demandes proches de vous.',
      requests: 'Vos demandes d’aide, avec leur adresse, pour qu’un·e bénévole puisse venir, et leur historique.',
      tasks: 'Les demandes que vous avez prises comme bénévole\u00a0; leur adresse n’y figure plus une fois la demande terminée ou rendue.',
      trust: 'Les remerciements et les recommandations que vous avez donnés et reçus, et vos choix de consentement avec leur date.',
      leaders: 'Votre score de quartier et son historique si vous avez accepté d’y figurer, et vos mandats d’ambassadeur·rice.',
      mails: 'Les e-mails que Relais vous a envoyés, pour que vous sachiez ce qui vous a été dit.',
      reads: 'Qui a vu l’adresse de vos demandes, en quelle qualité et quand.',
    },
    others: 'Les autres personnes n’y apparaissent que par leur nom affiché\u00a0: ni leur e-mail, ni leur adresse.',
    download: 'Télécharger mes données',
    downloadHint: 'Un fichier JSON, lisible par un autre logiciel. Jusqu’à dix téléchargements par heure.',
    downloadFailed: 'Le téléchargement n’a pas abouti',
    why: 'Combien de temps ces données sont gardées et qui les voit\u00a0:',
    privacyLink: 'la page Confidentialité',
  },
};
