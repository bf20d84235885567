// "Data retention": how long Relais keeps what it holds, set by ADMIN.
export const enRetention = {
  retention: {
    title: 'Data retention',
    intro: 'Relais keeps data no longer than it needs to. Every night it erases what has gone past the periods below. Every change is written to the audit log.',
    fields: {
      addressRetentionDays: {
        label: 'Exact address of closed requests (in days)',
        help: 'Once a request is over (done, cancelled or expired), its address and exact position are erased after this many days. Only the approximate area (about 0.7\u00a0km²) stays, for statistics. The volunteer stops seeing the address 7 days after it ended.',
      },
      auditRetentionDays: {
        label: 'Audit log (in days)',
        help: 'Who saw an address, who changed a setting: these records are kept this many days, then erased. Until then, each resident can see who read their address.',
      },
      inactiveAccountDays: {
        label: 'Unused accounts (in days)',
        help: 'Someone who has not used Relais for this many days gets an e-mail; unless they log in within 30 days, their account is erased. Admin accounts are never erased this way. The CNIL recommends 3 years.',
      },
    },
    range: 'A whole number of days from {{min, number}} to {{max, number}}.',
    about: 'That is about {{duration}}.',
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    months_one: '{{count}} month',
    months_other: '{{count}} months',
    and: ' and ',
    mails: 'E-mails sent by Relais are kept 90 days, then erased.',
    submit: 'Save',
    saved: 'The periods are saved. They apply from next night.',
    saveFailed: 'Saving did not work',
    loadFailed: 'The settings could not be loaded',
    tryAgain: 'Check your connection and try again in a moment.',
    forbidden: 'Only an admin can change these periods.',
  },
};
