// The organiser's desk across quartiers, the volunteer's live feed and tasks, the resident's new request.
export const frDesk = {
  desk: {
    allMine: 'Tous mes quartiers',
    wholeCity: 'Toute la ville',
    needsAction: 'En attente ou prises en charge',
    pickForMap: 'Choisissez un quartier pour voir sa carte et lui proposer une attribution automatique.',
    quartiersTitle: 'Vos quartiers',
    openCount_one: '{{count}} en attente',
    openCount_other: '{{count}} en attente',
    staleCount_one: '{{count}} depuis plus de 48\u00a0h',
    staleCount_other: '{{count}} depuis plus de 48\u00a0h',
    freshTitle_one: '{{count}} nouvelle demande',
    freshTitle_other: '{{count}} nouvelles demandes',
    freshMore_one: 'et {{count}} autre',
    freshMore_other: 'et {{count}} autres',
    fresh: 'Nouvelle',
    quartier: 'Quartier\u00a0: {{name}}',
  },
  feedLive: {
    pausedTitle: 'Vous êtes en pause',
    paused: 'Aucune demande ne vous est proposée pendant votre pause. Reprenez quand vous voulez, ou aidez depuis chez vous en attendant.',
    resume: 'Reprendre',
    resumeFailed: 'La reprise n’a pas abouti',
    gone: 'Une demande a été prise par quelqu’un d’autre ou annulée\u00a0: elle a quitté la liste.',
  },
  taskUndo: {
    pending: 'Marquée comme faite',
    pendingHint: 'Vous pouvez encore annuler pendant quelques secondes.',
    undo: 'Annuler',
  },
  newRequest: {
    open: 'Nouvelle demande',
    title: 'Nouvelle demande d’aide',
    close: 'Fermer',
  },
};
