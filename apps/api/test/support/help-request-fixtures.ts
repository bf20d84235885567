import { Role } from '@relais/domain-people';
import type { DataSource } from 'typeorm';
import type { GraphQLClient } from './graphql-client';
import type { SignedUp } from './people-fixtures';
import { MARAIS, signUp } from './people-fixtures';

export const REQUEST_FIELDS = `id category description status address createdAt neededBy
  location { lat lng } approximateLocation { lat lng }
  neighbourhood { id name } requester { id } assignee { id }`;

export const POST = `
  mutation Post($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const GET = `query Get($id: ID!) { helpRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const ACCEPT = `mutation Accept($id: ID!) { acceptHelpRequest(id: $id) { id status assignee { id } } }`;
export const ASSIGN = `
  mutation Assign($id: ID!, $volunteerId: ID!) { assignHelpRequest(id: $id, volunteerId: $volunteerId) { id status assignee { id } } }`;
export const COMPLETE = `mutation Complete($id: ID!) { completeHelpRequest(id: $id) { id status } }`;
export const CANCEL = `mutation Cancel($id: ID!) { cancelHelpRequest(id: $id) { id status } }`;
export const GIVE_BACK = `mutation GiveBack($id: ID!) { giveBackHelpRequest(id: $id) { id status assignee { id } } }`;
export const THANK = `
  mutation Thank($requestId: ID!, $rating: Int!, $message: String) { thankVolunteer(requestId: $requestId, rating: $rating, message: $message) }`;
export const ENDORSE = `mutation Endorse($personId: ID!) { endorse(personId: $personId) }`;

export interface PostedRequest {
  id: string;
  status: string;
}

export async function postRequest(
  api: GraphQLClient,
  token: string,
  input: Partial<{ category: string; description: string; location: { lat: number; lng: number }; address: string; neededBy: string; onBehalfOf: string; subject: string }> = {},
): Promise<PostedRequest> {
  const data = await api.ok<{ postHelpRequest: PostedRequest }>(
    POST,
    {
      input: {
        category: 'ERRANDS',
        description: 'Courses pour la semaine',
        location: MARAIS,
        address: '12 rue de Bretagne, 75003 Paris',
        ...input,
      },
    },
    token,
  );
  return data.postHelpRequest;
}

export function signUpVolunteer(api: GraphQLClient, overrides: Parameters<typeof signUp>[1] = {}): Promise<SignedUp> {
  return signUp(api, { role: Role.VOLUNTEER, skills: ['ERRANDS', 'HOMEWORK', 'COMPANIONSHIP'], ...overrides });
}

/** Organiser rights are granted by an admin; here, straight in the database, as a fixture. */
export async function makeOrganiser(api: GraphQLClient, db: DataSource, neighbourhoodIds: string[]): Promise<SignedUp> {
  const person = await signUp(api);
  await db.query(`UPDATE person SET roles = array_append(roles, 'ORGANISER') WHERE id = $1`, [person.id]);
  for (const id of neighbourhoodIds) {
    await db.query(`INSERT INTO organiser_scope (person_id, neighbourhood_id) VALUES ($1, $2)`, [person.id, id]);
  }
  return person;
}

export async function requestRow(db: DataSource, id: string): Promise<{ status: string; assignee_id: string | null; updated_at: Date }> {
  const rows = await db.query(`SELECT status, assignee_id, updated_at FROM help_request WHERE id = $1`, [id]);
  return rows[0];
}

export async function eventsOf(db: DataSource, id: string): Promise<{ kind: string; from_status: string | null; to_status: string; actor_id: string | null }[]> {
  return db.query(`SELECT kind, from_status, to_status, actor_id FROM help_request_event WHERE help_request_id = $1 ORDER BY id`, [id]);
}
