import { fakerFR as faker } from '@faker-js/faker';
import type { AreaGeometry, LatLng } from '@relais/domain-geo';
import { cellOf, randomPointIn } from '@relais/domain-geo';
import { HelpCategory, Role } from '@relais/domain-people';
import type { DataSource } from 'typeorm';
import type { BulkColumn } from './bulk-insert';
import { arrayLiteral, bulkInsert } from './bulk-insert';
import type { Draw } from './seeded-random';

export const SYNTHETIC_DOMAIN = 'synthetic.relais.test';
export const SYNTHETIC_PASSWORD = 'relais-synthetic';

export interface Quartier {
  id: string;
  boundary: AreaGeometry;
  /** H3 cells covering it: sampling by cells spreads people evenly over the city. */
  cells: number;
}

export interface SyntheticPerson {
  id: string;
  home: LatLng;
  neighbourhoodId: string | null;
  languages: string[];
}

export interface SyntheticVolunteer extends SyntheticPerson {
  skills: HelpCategory[];
  /** How much help this person gives relative to others: a few give a lot. */
  activity: number;
  /** 1..5, the mean rating they tend to get. */
  quality: number;
}

const CATEGORIES = Object.values(HelpCategory);
const SUBJECTS = ['maths', 'français', 'anglais', 'histoire-géo', 'physique-chimie', 'svt'];
const LEVELS = ['primaire', 'collège', 'lycée'];
const RADII = [500, 1000, 1500, 2000, 2000, 2000, 3000, 5000];
const PERSON_COLUMNS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'email', type: 'text' },
  { name: 'password_hash', type: 'text' },
  { name: 'display_name', type: 'text' },
  { name: 'roles', type: 'text', cast: 'text[]' },
  { name: 'home_lat', type: 'float8' },
  { name: 'home_lng', type: 'float8' },
  { name: 'home_cell', type: 'int8' },
  { name: 'neighbourhood_id', type: 'uuid' },
  { name: 'languages', type: 'text', cast: 'text[]' },
  { name: 'contact_consent', type: 'bool' },
  { name: 'ranking_consent', type: 'bool' },
  { name: 'referral_code', type: 'text' },
  { name: 'referred_by_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
];
const PROFILE_COLUMNS: BulkColumn[] = [
  { name: 'person_id', type: 'uuid' },
  { name: 'skills', type: 'text', cast: 'text[]' },
  { name: 'subjects', type: 'text', cast: 'text[]' },
  { name: 'levels', type: 'text', cast: 'text[]' },
  { name: 'travel_radius_meters', type: 'int4' },
  { name: 'max_active_requests', type: 'int4' },
  { name: 'active', type: 'bool' },
  { name: 'availability', type: 'text', cast: 'jsonb' },
];

/** Unique by construction, in the alphabet of real referral codes. */
function referralCode(index: number): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let n = index; code.length < 7; n = Math.floor(n / alphabet.length)) code = alphabet[n % alphabet.length] + code;
  return `Y${code}`;
}

function someOf<T>(d: Draw, items: readonly T[], min: number, max: number): T[] {
  const count = min + d.int(max - min + 1);
  return [...new Set(Array.from({ length: count }, () => d.pick(items)))];
}

function availability(d: Draw): string | null {
  if (d.chance(0.6)) return null;
  const slots = Array.from({ length: 2 + d.int(5) }, () => {
    const start = (8 + d.int(12)) * 60;
    return { day: d.int(7), startMinute: start, endMinute: start + 60 * (1 + d.int(4)) };
  });
  return JSON.stringify(slots);
}

/**
 * Residents and volunteers living in the quartiers, written in bulk. Volunteers' activity
 * follows a heavy tail, as in real groups: most help now and then, a few carry a lot.
 */
export async function insertPeople(
  db: DataSource,
  d: Draw,
  quartiers: readonly Quartier[],
  cellOwner: ReadonlyMap<string, string>,
  counts: { residents: number; volunteers: number },
  passwordHash: string,
): Promise<{ residents: SyntheticPerson[]; volunteers: SyntheticVolunteer[] }> {
  const totalCells = quartiers.reduce((sum, q) => sum + q.cells, 0);
  const pickQuartier = () => {
    let at = d.random() * totalCells;
    for (const q of quartiers) if ((at -= q.cells) < 0) return q;
    return quartiers[quartiers.length - 1] as Quartier;
  };
  const residents: SyntheticPerson[] = [];
  const volunteers: SyntheticVolunteer[] = [];
  const personRows: unknown[][] = [];
  const profileRows: unknown[][] = [];
  const total = counts.residents + counts.volunteers;
  const now = Date.now();
  for (let i = 0; i < total; i++) {
    const volunteer = i < counts.volunteers;
    const home = randomPointIn(pickQuartier().boundary, d.random);
    const cell = cellOf(home);
    const languages = d.chance(0.9) ? ['fr'] : d.pick([['fr', 'en'], ['fr', 'ar'], ['fr', 'es'], ['en']]);
    const person: SyntheticPerson = { id: d.uuid(), home, neighbourhoodId: cellOwner.get(cell) ?? null, languages };
    const recruiter = volunteers.length && d.chance(0.2) ? d.pick(volunteers).id : null;
    personRows.push([
      person.id,
      `${volunteer ? 'volunteer' : 'resident'}.${i}@${SYNTHETIC_DOMAIN}`,
      passwordHash,
      `${faker.person.firstName()} ${faker.person.lastName()}`,
      arrayLiteral([volunteer ? Role.VOLUNTEER : Role.RESIDENT]),
      home.lat,
      home.lng,
      cell,
      person.neighbourhoodId,
      arrayLiteral(languages),
      d.chance(0.5),
      volunteer && d.chance(0.8),
      referralCode(i),
      recruiter,
      new Date(now - d.int(720) * 86_400_000),
    ]);
    if (volunteer) {
      const skills = someOf(d, CATEGORIES, 1, 3);
      const tutor = skills.includes(HelpCategory.HOMEWORK);
      volunteers.push({ ...person, skills, activity: 1 / (1 - d.random() * 0.97) ** 1.2, quality: 3.5 + d.random() * 1.5 });
      profileRows.push([
        person.id,
        arrayLiteral(skills),
        arrayLiteral(tutor && d.chance(0.7) ? someOf(d, SUBJECTS, 1, 3) : []),
        arrayLiteral(tutor && d.chance(0.5) ? someOf(d, LEVELS, 1, 2) : []),
        d.pick(RADII),
        1 + d.int(5),
        d.chance(0.9),
        availability(d),
      ]);
    } else {
      residents.push(person);
    }
  }
  await bulkInsert(db, 'person', PERSON_COLUMNS, personRows);
  await bulkInsert(db, 'volunteer_profile', PROFILE_COLUMNS, profileRows);
  return { residents, volunteers };
}
