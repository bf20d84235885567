// Names read aloud by screen readers: tables and lists of cards, landmarks, buttons without words.
export const enAccessible = {
  accessible: {
    skipToContent: 'Skip to content',
    closeNavigation: 'Close the navigation',
    leaderBoard: 'Leader board of {{neighbourhood}}',
    quartierTops: 'The top three of each quartier',
    auditLog: 'Audit log entries',
    ambassadorReports: 'Figures per ambassador',
    autoAssignPairs: 'Proposed assignments',
    assignTo: 'Assign to {{name}}',
    page: {
      first: 'First page',
      previous: 'Previous page',
      next: 'Next page',
      last: 'Last page',
    },
  },
};
