import { COARSE_RESOLUTION, cellOf, coarseCentre } from '@relais/domain-geo';
import { HelpCategory } from '@relais/domain-people';
import type { DataSource } from 'typeorm';
import type { BulkColumn } from './bulk-insert';
import { bulkInsert } from './bulk-insert';
import type { Draw } from './seeded-random';
import type { SyntheticPerson, SyntheticVolunteer } from './synthetic-people';

const DESCRIPTIONS: Record<HelpCategory, string[]> = {
  [HelpCategory.ERRANDS]: ['Courses au marché', 'Pharmacie', 'Déposer un colis'],
  [HelpCategory.HOMEWORK]: ['Aide aux devoirs', 'Réviser le brevet', 'Exercices de maths'],
  [HelpCategory.COMPANIONSHIP]: ['Un appel à une voisine isolée', 'Une visite pour discuter'],
  [HelpCategory.TRANSPORT]: ['Trajet à l’hôpital', 'Accompagner à un rendez-vous'],
  [HelpCategory.PAPERWORK]: ['Dossier CAF', 'Lettre au bailleur'],
  [HelpCategory.OTHER]: ['Monter un meuble', 'Arroser les plantes'],
};
const REQUEST_COLUMNS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'requester_id', type: 'uuid' },
  { name: 'posted_by_id', type: 'uuid' },
  { name: 'category', type: 'text' },
  { name: 'description', type: 'text' },
  { name: 'lat', type: 'float8' },
  { name: 'lng', type: 'float8' },
  { name: 'cell', type: 'int8' },
  { name: 'coarse_cell', type: 'int8' },
  { name: 'coarse_lat', type: 'float8' },
  { name: 'coarse_lng', type: 'float8' },
  { name: 'neighbourhood_id', type: 'uuid' },
  { name: 'address', type: 'text' },
  { name: 'needed_by', type: 'timestamptz' },
  { name: 'status', type: 'text' },
  { name: 'assignee_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
  { name: 'closed_at', type: 'timestamptz' },
];
const EVENT_COLUMNS: BulkColumn[] = [
  { name: 'help_request_id', type: 'uuid' },
  { name: 'kind', type: 'text' },
  { name: 'actor_id', type: 'uuid' },
  { name: 'volunteer_id', type: 'uuid' },
  { name: 'from_status', type: 'text' },
  { name: 'to_status', type: 'text' },
  { name: 'at', type: 'timestamptz' },
];
const THANKS_COLUMNS: BulkColumn[] = [
  { name: 'help_request_id', type: 'uuid' },
  { name: 'requester_id', type: 'uuid' },
  { name: 'volunteer_id', type: 'uuid' },
  { name: 'rating', type: 'int2' },
  { name: 'created_at', type: 'timestamptz' },
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface RequestCounts {
  history: number;
  open: number;
  assigned: number;
}

/** Picks volunteers in proportion to their activity, by binary search over cumulative weights. */
function weightedPicker(d: Draw, volunteers: readonly SyntheticVolunteer[]): () => SyntheticVolunteer {
  const cumulative = new Float64Array(volunteers.length);
  let total = 0;
  volunteers.forEach((v, i) => (cumulative[i] = total += v.activity));
  return () => {
    const target = d.random() * total;
    let low = 0;
    let high = volunteers.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return volunteers[low] as SyntheticVolunteer;
  };
}

/**
 * A year of help given (done, mostly thanked, a few cancelled), requests held now, and open
 * needs; their event rows; endorsements between people who helped each other; then the
 * volunteers' counters from all of it, as the API would have kept them.
 */
export async function insertRequests(
  db: DataSource,
  d: Draw,
  people: { residents: readonly SyntheticPerson[]; volunteers: readonly SyntheticVolunteer[] },
  counts: RequestCounts,
): Promise<void> {
  const now = Date.now();
  const cells = new Map<string, [string, string]>();
  const cellsOf = (p: SyntheticPerson) => {
    let found = cells.get(p.id);
    if (!found) cells.set(p.id, (found = [cellOf(p.home), cellOf(p.home, COARSE_RESOLUTION)]));
    return found;
  };
  const residentsByQuartier = new Map<string | null, SyntheticPerson[]>();
  for (const r of people.residents) {
    const list = residentsByQuartier.get(r.neighbourhoodId) ?? [];
    if (!list.length) residentsByQuartier.set(r.neighbourhoodId, list);
    list.push(r);
  }
  const residentNear = (v: SyntheticVolunteer) => d.pick(d.chance(0.8) ? (residentsByQuartier.get(v.neighbourhoodId) ?? people.residents) : people.residents);
  const pickVolunteer = weightedPicker(d, people.volunteers);

  const requests: unknown[][] = [];
  const events: unknown[][] = [];
  const thanks: unknown[][] = [];
  const endorsements = new Map<string, [string, string]>();
  const request = (
    resident: SyntheticPerson,
    category: HelpCategory,
    status: string,
    assignee: string | null,
    created: number,
    neededBy: number | null,
    updated = created,
  ) => {
    const id = d.uuid();
    const [cell, coarse] = cellsOf(resident);
    requests.push([
      id, resident.id, resident.id, category, d.pick(DESCRIPTIONS[category]), resident.home.lat, resident.home.lng, cell, coarse,
      coarseCentre(coarse).lat, coarseCentre(coarse).lng,
      resident.neighbourhoodId, `${1 + d.int(120)} rue du Quartier`, neededBy ? new Date(neededBy) : null, status, assignee, new Date(created), new Date(updated),
      // Closed requests count their retention from the day they closed, as the API's own would.
      status === 'DONE' || status === 'CANCELLED' ? new Date(updated) : null,
    ]);
    events.push([id, 'POSTED', resident.id, null, null, 'OPEN', new Date(created)]);
    return id;
  };

  for (let i = 0; i < counts.history; i++) {
    const volunteer = pickVolunteer();
    const resident = residentNear(volunteer);
    const created = now - d.random() * 365 * DAY;
    const accepted = created + d.random() * 12 * HOUR;
    const done = Math.min(now, accepted + HOUR + d.random() * 3 * DAY);
    const cancelled = d.chance(0.04);
    const id = request(resident, d.pick(volunteer.skills), cancelled ? 'CANCELLED' : 'DONE', cancelled ? null : volunteer.id, created, null, done);
    if (cancelled) {
      events.push([id, 'CANCELLED', resident.id, null, 'OPEN', 'CANCELLED', new Date(done)]);
      continue;
    }
    events.push([id, 'ACCEPTED', volunteer.id, volunteer.id, 'OPEN', 'ASSIGNED', new Date(accepted)]);
    events.push([id, 'COMPLETED', volunteer.id, volunteer.id, 'ASSIGNED', 'DONE', new Date(done)]);
    if (d.chance(0.75)) {
      const rating = Math.max(1, Math.min(5, Math.round(volunteer.quality + (d.random() - 0.5) * 1.5)));
      thanks.push([id, resident.id, volunteer.id, rating, new Date(done + d.random() * DAY)]);
    }
    if (d.chance(0.1)) endorsements.set(`${resident.id}:${volunteer.id}`, [resident.id, volunteer.id]);
  }
  // Tasks held right now, one each, so capacity matters in matching.
  const holders = new Set<string>();
  while (holders.size < Math.min(counts.assigned, people.volunteers.length)) {
    const volunteer = d.pick(people.volunteers);
    if (holders.has(volunteer.id)) continue;
    holders.add(volunteer.id);
    const created = now - d.random() * 2 * DAY;
    const id = request(residentNear(volunteer), d.pick(volunteer.skills), 'ASSIGNED', volunteer.id, created, created + 7 * DAY);
    events.push([id, 'ACCEPTED', volunteer.id, volunteer.id, 'OPEN', 'ASSIGNED', new Date(created + HOUR)]);
  }
  for (let i = 0; i < counts.open; i++) {
    const created = now - d.random() * 2 * DAY;
    request(d.pick(people.residents), d.pick(Object.values(HelpCategory)), 'OPEN', null, created, now + (1 + d.random() * 9) * DAY);
  }

  await bulkInsert(db, 'help_request', REQUEST_COLUMNS, requests);
  await bulkInsert(db, 'help_request_event', EVENT_COLUMNS, events, 20_000);
  await bulkInsert(db, 'thanks', THANKS_COLUMNS, thanks);
  await bulkInsert(db, 'endorsement', [{ name: 'endorser_id', type: 'uuid' }, { name: 'endorsed_id', type: 'uuid' }], [...endorsements.values()]);
  // The counters the API keeps as it goes, rebuilt from the history (30-day half-life of work, as in matching).
  await db.query(`
    UPDATE volunteer_profile v SET
      taken_count = s.taken, completed_count = s.completed, rating_sum = s.rating_sum, rating_count = s.rating_count,
      recent_work = s.work, recent_work_at = now()
    FROM (
      SELECT h.assignee_id,
             count(*)::int AS taken,
             count(*) FILTER (WHERE h.status = 'DONE')::int AS completed,
             coalesce(sum(t.rating), 0)::int AS rating_sum,
             count(t.rating)::int AS rating_count,
             coalesce(sum(power(2, -extract(epoch FROM now() - h.updated_at) / 86400 / 30)) FILTER (WHERE h.status = 'DONE'), 0) AS work
      FROM help_request h LEFT JOIN thanks t ON t.help_request_id = h.id
      WHERE h.assignee_id IS NOT NULL GROUP BY h.assignee_id) s
    WHERE s.assignee_id = v.person_id`);
}
