// "My data": what Relais keeps about the signed-in person, and its download.
import { enFrame } from './en-frame';

export const enMyData = {
  myData: {
    ...enFrame.myData,
    title: 'My data',
    intro: 'You can download everything Relais keeps about you at any time, as a file you keep or pass on to whoever you choose.',
    keptTitle: 'What Relais keeps, and why',
    kept: {
      account: 'Your account: e-mail, display name, roles, languages, and your home, to find your neighbourhood and requests near you.',
      requests: 'Your help requests, with their address so that a volunteer can come, and their history.',
      tasks: 'The requests you took as a volunteer; their address is no longer there once the request is done or given back.',
      trust: 'The thanks and endorsements you gave and received, and your consent choices with their dates.',
      leaders: 'Your neighbourhood score and its history if you agreed to appear in it, and your ambassador terms.',
      mails: 'The e-mails Relais sent you, so that you know what you were told.',
      reads: 'Who saw the address of your requests, in what role and when.',
    },
    others: 'Other people appear only by their display name: neither their e-mail nor their address.',
    download: 'Download my data',
    downloadHint: 'A JSON file, readable by other software. Up to ten downloads an hour.',
    downloadFailed: 'The download did not go through',
    why: 'How long this data is kept and who sees it:',
    privacyLink: 'the Privacy page',
  },
};
