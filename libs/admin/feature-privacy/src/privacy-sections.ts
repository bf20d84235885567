/** The page's sections in reading order: each heading's key and the keys of the points it makes. */
export const PRIVACY_SECTIONS = [
  {
    id: 'keep',
    title: 'privacy.keep.title',
    points: ['privacy.keep.account', 'privacy.keep.home', 'privacy.keep.requests', 'privacy.keep.volunteering', 'privacy.keep.choices'],
  },
  { id: 'why', title: 'privacy.why.title', points: ['privacy.why.help', 'privacy.why.safety', 'privacy.why.consent'] },
  {
    id: 'who',
    title: 'privacy.who.title',
    points: ['privacy.who.address', 'privacy.who.volunteers', 'privacy.who.contact', 'privacy.who.nobodyElse'],
  },
  { id: 'how-long', title: 'privacy.howLong.title', points: ['privacy.howLong.account', 'privacy.howLong.rankings', 'privacy.howLong.coming'] },
  { id: 'rights', title: 'privacy.rights.title', points: ['privacy.rights.what', 'privacy.rights.how', 'privacy.rights.cnil'] },
] as const;
