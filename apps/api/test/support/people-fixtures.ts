import { Role } from '@relais/domain-people';
import type { DataSource } from 'typeorm';
import type { GraphQLClient } from './graphql-client';

export const SIGN_UP = `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { token person { id displayName roles referralCode isAmbassador neighbourhood { id name } } }
  }`;

export const LOG_IN = `
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) { token person { id roles } }
  }`;

/** Inside the Enfants-Rouges quartier (Paris 3e). */
export const MARAIS = { lat: 48.8625, lng: 2.3615 };
export const PASSWORD = 'correct horse battery';

let counter = 0;

export interface SignedUp {
  id: string;
  token: string;
  email: string;
  referralCode: string;
}

export async function signUp(
  api: GraphQLClient,
  overrides: Partial<{ email: string; role: Role; location: { lat: number; lng: number }; displayName: string; skills: string[]; referralCode: string; rankingConsent: boolean }> = {},
): Promise<SignedUp> {
  counter++;
  const email = overrides.email ?? `person${counter}.${Date.now()}@example.org`;
  const data = await api.ok<{ signUp: { token: string; person: { id: string; referralCode: string } } }>(SIGN_UP, {
    input: {
      email,
      password: PASSWORD,
      displayName: overrides.displayName ?? `Person ${counter}`,
      role: overrides.role ?? Role.RESIDENT,
      location: overrides.location ?? MARAIS,
      ...(overrides.skills ? { skills: overrides.skills } : {}),
      ...(overrides.referralCode ? { referralCode: overrides.referralCode } : {}),
      ...(overrides.rankingConsent !== undefined ? { rankingConsent: overrides.rankingConsent } : {}),
    },
  });
  return { id: data.signUp.person.id, token: data.signUp.token, email, referralCode: data.signUp.person.referralCode };
}

/** Roles only an admin grants: set straight in the database, as a fixture. */
export async function makeAdmin(api: GraphQLClient, db: DataSource): Promise<SignedUp> {
  const person = await signUp(api);
  await db.query(`UPDATE person SET roles = $1 WHERE id = $2`, [[Role.ADMIN], person.id]);
  return person;
}

export async function count(db: DataSource, table: string): Promise<number> {
  const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}
