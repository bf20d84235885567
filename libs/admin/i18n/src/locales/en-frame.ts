// What the app's frame shows whatever the page: header, navigation, log-in, language switch. It comes
// with the app; every other group loads with the page that shows it (../page-texts.ts).
export const enFrame = {
  app: {
    title: 'Relais',
    tagline: 'Neighbours helping neighbours',
    navigation: 'Navigation',
    openNavigation: 'Open navigation',
    language: 'Language',
    loading: 'Loading…',
  },
  nav: {
    map: 'Map',
    people: 'People',
    queue: 'Neighbourhood queue',
    feed: 'Near me',
    tasks: 'My tasks',
    profile: 'My profile',
    myRequests: 'My requests',
    leaders: 'Local leaders',
    audit: 'Audit log',
    retention: 'Data retention',
    outreach: 'Digest and campaigns',
    matchingSettings: 'Matching settings',
    leaderSettings: 'Leader settings',
    campaigns: 'Campaigns',
    waysToHelp: 'Help from home',
  },
  common: {
    no: 'No',
  },
  live: {
    connected: 'Live',
    connecting: 'Connecting…',
  },
  auth: {
    title: 'Sign in',
    intro: 'Neighbourhood mutual aid: ask for a hand, lend one, organise.',
    email: 'E-mail address',
    password: 'Password',
    togglePassword: 'Show or hide the typed characters',
    submit: 'Sign in',
    logout: 'Log out',
    failed: 'Could not sign in',
    notAllowedTitle: 'Restricted',
    notAllowed: 'This account has no page in Relais. Ask an organiser of your neighbourhood.',
  },
  // Where an erased person was, on any page.
  erasedPerson: 'Erased person',
  // The frame's links to pages whose other texts load with them.
  signUp: {
    link: 'Create an account',
    noAccount: 'No account yet?',
  },
  privacy: {
    link: 'Privacy',
  },
  myData: {
    link: 'My data',
  },
  ideas: {
    nav: 'The neighbourhood to come',
  },
  relays: {
    title: 'My relays',
  },
};
