import { enFrame } from './en-frame';
import type { Translations } from './translations';

export const enPrivacy: Pick<Translations, 'privacy'> = {
  privacy: {
    ...enFrame.privacy,
    title: 'Privacy',
    intro:
      'Relais is for neighbours helping each other. To do that it keeps some information about you, some of it sensitive: where you live, what you need, how involved you are. Here is what, why, who sees it and for how long.',
    keep: {
      title: 'What Relais keeps',
      account: 'Your account: e-mail address, display name, languages, and your password in a form nobody can read back.',
      home: 'Where your home is, to find help or requests near you.',
      requests: 'Your requests for help: what you need, by when, and the address to go to.',
      volunteering:
        'If you volunteer: what you offer, when you are free, how far you travel, the help you have given, the thanks and ratings you received, who vouches for you and whom you brought in.',
      choices:
        'Your choices, and when you made them: news from the organisation, the weekly digest (volunteers), being contacted by organisers, being ranked among local leaders.',
    },
    why: {
      title: 'Why',
      help: 'To put a person who needs help in touch with a volunteer nearby, and to tell you by e-mail when your request moves on.',
      safety: 'For everyone’s safety: Relais keeps who did what on each request and who looked at an exact address.',
      consent:
        'Only if you agree: ranking you among the volunteers the neighbourhood trusts (local leaders), and sending you news from the organisation. You can withdraw your agreement at any time.',
    },
    who: {
      title: 'Who sees it',
      address:
        'The exact address of a request: you, the volunteer who took it, the organisers of your neighbourhood and the administrators. Whenever anyone but you looks at it, that is recorded.',
      volunteers:
        'Other volunteers see the kind of help, your message, your display name and an area about 700 metres wide: never your address or your home.',
      contact: 'Your e-mail and your choices: you, the organisers of your neighbourhood and the administrators.',
      nobodyElse: 'Nothing is sold or given to anyone else. No advertising, no tracker, no cookie in the app.',
    },
    howLong: {
      title: 'How long',
      account: 'Your account, your requests and their history: as long as your account exists.',
      rankings: 'The history of leader rankings: 400 days.',
      coming:
        'The exact address of a request that is done, cancelled or expired is erased a month after it ended; the volunteer stops seeing it a week after. The record of who saw your address is kept a year, e-mails sent 90 days. An account unused for three years is deleted 30 days after an e-mail to warn you; just log in to keep it. The organisation may change some of these periods.',
    },
    rights: {
      title: 'Your rights',
      what: 'You can see your data, correct it, take it away or have it erased, withdraw an agreement, or object to a use.',
      how:
        'In the app, the “My data” page lets you download everything Relais keeps about you and delete your account; your choices are changed on your profile. Without an account or the Internet, write to or call the organisation that offered you Relais: it must answer within a month, and can erase your account for you.',
      cnil: 'If the answer does not satisfy you, you can complain to the CNIL, the French data protection authority (cnil.fr).',
    },
    organisation:
      'The organisation running this Relais is responsible for your data. Its name and contact are in its information notice.',
    back: 'Back to Relais',
  },
};
