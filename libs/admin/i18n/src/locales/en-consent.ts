import type { Translations } from './translations';

export const enConsent: Pick<Translations, 'consent'> = {
  consent: {
    title: 'My consents',
    intro: 'You choose what Relais does with your information. Each choice is withdrawn in one click, at any time; it is recorded with its date and the text you were shown.',
    pageTitle: 'My profile',
    loadFailed: 'Could not load your consents',
    saveFailed: 'Could not save your choice',
    withdraw: 'Withdraw',
    historyTitle: 'History of your choices',
    historyEmpty: 'No choice recorded.',
    historyMore_one: 'and {{count}} older choice',
    historyMore_other: 'and {{count}} older choices',
    given: 'given',
    withdrawn: 'withdrawn',
    notGiven: 'not given',
    recordedByOther: 'recorded by an organiser',
    version: 'text {{version}}',
    purposes: {
      RANKING: 'Leader ranking',
      NEWS: 'News and campaigns',
      DIGEST: 'Weekly digest',
      CONTACT: 'Contact by organisers',
    },
    channels: {
      SIGN_UP: 'at sign-up',
      PROFILE: 'on your profile',
      UNSUBSCRIBE_LINK: 'through an e-mail’s unsubscribe link',
      ORGANISER: 'by an organiser, at your request',
      BEFORE_LEDGER: 'before this history was kept',
      ROLE_GRANTED: 'when you became an organiser',
    },
    wordings: {
      'ranking@2026-12': {
        label: 'Appear in my neighbourhood’s leader ranking',
        text: 'Your neighbourhood’s organisers see your place among trusted volunteers, worked out from the help you gave, thanks and endorsements. Without your agreement you are not in it.',
      },
      'news@2026-12': {
        label: 'Receive the organisation’s news',
        text: 'E-mails about its campaigns, ways to help near you and the neighbourhood’s ideas. Your address is never passed on to anyone.',
      },
      'digest@2026-12': {
        label: 'Receive the weekly digest',
        text: 'One e-mail a week: the requests that fit you, without addresses, or for organisers their neighbourhoods’ week. On by default for volunteers.',
      },
      'contact@2026-12': {
        label: 'Be contacted by organisers',
        text: 'Your neighbourhood’s organisers may call or write to you to offer help or an action.',
      },
    },
  },
};
