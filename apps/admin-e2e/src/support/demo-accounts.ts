/** The demo city's accounts (apps/api/src/demo/demo-city.ts), one per role. */
export const DEMO_PASSWORD = 'relais-demo';

export const DEMO = {
  admin: 'admin@relais.demo',
  organiser: 'organisatrice@relais.demo',
  volunteer: 'benevole@relais.demo',
  resident: 'habitant@relais.demo',
} as const;
