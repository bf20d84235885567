// « Conservation des données »: how long Relais keeps what it holds, set by ADMIN.
export const frRetention = {
  retention: {
    title: 'Conservation des données',
    intro:
      'Relais ne garde pas les données plus longtemps que nécessaire. Chaque nuit, il efface ce qui a dépassé les durées ci-dessous. Chaque changement est inscrit au journal d’audit.',
    fields: {
      addressRetentionDays: {
        label: 'Adresse exacte des demandes closes (en jours)',
        help: 'Après la fin d’une demande (terminée, annulée ou expirée), son adresse et sa position exacte sont effacées au bout de ce nombre de jours. Seul le secteur approximatif (environ 0,7\u00a0km²) reste, pour les statistiques. Le ou la bénévole, lui, ne voit plus l’adresse 7 jours après la fin.',
      },
      auditRetentionDays: {
        label: 'Journal d’audit (en jours)',
        help: 'Qui a vu une adresse, qui a changé un réglage\u00a0: ces traces sont gardées ce nombre de jours, puis effacées. Pendant ce temps, chaque habitant·e peut voir qui a lu son adresse.',
      },
      inactiveAccountDays: {
        label: 'Comptes inutilisés (en jours)',
        help: 'Une personne qui n’a pas utilisé Relais depuis ce nombre de jours reçoit un e-mail\u00a0; sans connexion de sa part dans les 30 jours, son compte est supprimé. Les comptes admin ne sont jamais supprimés ainsi. La CNIL recommande 3 ans.',
      },
    },
    range: 'Entre {{min, number}} et {{max, number}} jours, en nombre entier.',
    about: 'Soit environ {{duration}}.',
    years_one: '{{count}} an',
    years_other: '{{count}} ans',
    months_one: '{{count}} mois',
    months_other: '{{count}} mois',
    and: ' et ',
    mails: 'Les e-mails envoyés par Relais sont gardés 90 jours, puis effacés.',
    submit: 'Enregistrer',
    saved: 'Les durées sont enregistrées. Elles s’appliquent dès la nuit prochaine.',
    saveFailed: 'L’enregistrement n’a pas abouti',
    loadFailed: 'Impossible de charger les réglages',
    tryAgain: 'Vérifiez votre connexion et réessayez dans un instant.',
    forbidden: 'Seul·e un·e admin peut changer ces durées.',
  },
};
