// Names read aloud by screen readers: tables and lists of cards, landmarks, buttons without words.
export const frAccessible = {
  accessible: {
    skipToContent: 'Aller au contenu',
    closeNavigation: 'Fermer la navigation',
    leaderBoard: 'Classement des leaders {{neighbourhood, de}}',
    quartierTops: 'Les trois premier·es de chaque quartier',
    auditLog: 'Entrées du journal d’audit',
    ambassadorReports: 'Chiffres par ambassadeur·rice',
    autoAssignPairs: 'Attributions proposées',
    assignTo: 'Assigner à {{name}}',
    page: {
      first: 'Première page',
      previous: 'Page précédente',
      next: 'Page suivante',
      last: 'Dernière page',
    },
  },
};
