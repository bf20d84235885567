// The organiser's desk across neighbourhoods, the volunteer's live feed and tasks, the resident's new request.
export const enDesk = {
  desk: {
    allMine: 'All my neighbourhoods',
    wholeCity: 'Whole city',
    needsAction: 'Waiting or taken',
    pickForMap: 'Pick a neighbourhood to see its map and get an automatic assignment for it.',
    quartiersTitle: 'Your neighbourhoods',
    openCount_one: '{{count}} waiting',
    openCount_other: '{{count}} waiting',
    staleCount_one: '{{count}} for over 48 h',
    staleCount_other: '{{count}} for over 48 h',
    freshTitle_one: '{{count}} new request',
    freshTitle_other: '{{count}} new requests',
    freshMore_one: 'and {{count}} more',
    freshMore_other: 'and {{count}} more',
    fresh: 'New',
    quartier: 'Neighbourhood: {{name}}',
  },
  feedLive: {
    pausedTitle: 'You are on a break',
    paused: 'No request is offered to you while you are on a break. Resume whenever you like, or help from home meanwhile.',
    resume: 'Resume',
    resumeFailed: 'Could not resume',
    gone: 'A request was taken by someone else or cancelled: it has left the list.',
  },
  taskUndo: {
    pending: 'Marked as done',
    pendingHint: 'You can still undo it for a few seconds.',
    undo: 'Undo',
  },
  newRequest: {
    open: 'New request',
    title: 'New request for help',
    close: 'Close',
  },
};
