import { Injectable } from '@nestjs/common';
import type { LatLng } from '@relais/domain-geo';
import { cellOf } from '@relais/domain-geo';
import type { HelpCategory } from '@relais/domain-people';
import {
  ConsentChannel,
  ConsentPurpose,
  DEFAULT_VOLUNTEER_PROFILE,
  Role,
  consentsAtSignUp,
  checkVolunteerProfileChange,
  fieldError,
  normaliseTeachingLabels,
  makeReferralCode,
  normaliseEmail,
  normaliseReferralCode,
  uniqueSkills,
} from '@relais/domain-people';
import { checkWeeklyAvailability } from '@relais/domain-matching';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import type { Viewer } from '@relais/server-shared';
import { assertValid, badUserInput, forbidden, isUuid, manyPer, onePer, violatedUniqueConstraint } from '@relais/server-shared';
import DataLoader from 'dataloader';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { ConsentsService } from './consents.service';
import { OrganiserScope } from './organiser-scope.entity';
import { ERASED_PERSON_ID } from './erased-person';
import { Person } from './person.entity';
import { VolunteerProfile } from './volunteer-profile.entity';
import type { VolunteerProfileInput } from './volunteer-profile.input';

export interface NewPerson {
  email: string;
  passwordHash: string;
  displayName: string;
  roles: Role[];
  home: LatLng;
  skills?: HelpCategory[] | null;
  referralCode?: string | null;
  /** The relay link they came through: counts for its campaign, and makes them a recruit of its ambassador. */
  relayCode?: string | null;
  /** The idea whose share link they came through: counted for it (with the sharer's referral code). */
  ideaId?: string | null;
  rankingConsent?: boolean | null;
  contactConsent?: boolean | null;
  newsConsent?: boolean | null;
  languages?: string[];
}

export interface PeopleQuery {
  search?: string | null;
  /** null: everywhere (ADMIN); otherwise only people living in these neighbourhoods. */
  neighbourhoodIds: string[] | null;
  role?: Role | null;
  first: number;
  offset: number;
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly db: DataSource,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly consents: ConsentsService,
  ) {}

  /** Null for the erased-person placeholder too: nobody acts on it (grant, post for, endorse). */
  findById(id: string): Promise<Person | null> {
    if (!isUuid(id) || id === ERASED_PERSON_ID) return Promise.resolve(null);
    return this.db.getRepository(Person).findOneBy({ id });
  }

  findByEmail(email: string): Promise<Person | null> {
    return this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('lower(p.email) = :email', { email: normaliseEmail(email) })
      .andWhere('p.id <> :placeholder', { placeholder: ERASED_PERSON_ID })
      .getOne();
  }

  /**
   * Roles and organiser scopes of a signed-in person, read fresh so grants apply at once. Runs
   * on every authenticated request, hence one query.
   */
  async viewerFor(id: string): Promise<Viewer | null> {
    if (!isUuid(id) || id === ERASED_PERSON_ID) return null;
    const rows: { roles: Role[]; scopes: string[] }[] = await this.db.query(
      `SELECT p.roles, coalesce(array_agg(s.neighbourhood_id::text) FILTER (WHERE s.person_id IS NOT NULL), '{}') AS scopes
       FROM person p LEFT JOIN organiser_scope s ON s.person_id = p.id
       WHERE p.id = $1 GROUP BY p.id`,
      [id],
    );
    const row = rows[0];
    return row ? { id, roles: row.roles, organiserOf: new Set(row.scopes) } : null;
  }

  async create(input: NewPerson, manager: EntityManager = this.db.manager): Promise<Person> {
    const relay = input.relayCode ? await this.relayTaskOf(input.relayCode, manager) : null;
    const referredById = input.referralCode ? await this.recruiterOf(input.referralCode, manager) : (relay?.ambassadorId ?? null);
    const homeCell = cellOf(input.home);
    const neighbourhoodId = await this.neighbourhoods.idAtCell(homeCell, manager);
    for (let attempt = 0; ; attempt++) {
      try {
        return await manager.transaction(async (tx) => {
          const person = await tx.getRepository(Person).save({
            email: normaliseEmail(input.email),
            passwordHash: input.passwordHash,
            displayName: input.displayName.trim(),
            roles: input.roles,
            homeLat: input.home.lat,
            homeLng: input.home.lng,
            homeCell,
            neighbourhoodId,
            languages: input.languages ?? ['fr'],
            // Nothing yet: the sign-up's rows of the consent ledger set them.
            contactConsent: false,
            rankingConsent: false,
            newsConsent: false,
            digestConsent: false,
            referralCode: makeReferralCode(() => randomBytes(1)[0] as number),
            referredById,
          });
          if (relay) await tx.query(`UPDATE person SET relay_task_id = $2 WHERE id = $1`, [person.id, relay.id]);
          // An unknown or hidden idea is ignored, as an unknown relay code is.
          if (input.ideaId && isUuid(input.ideaId)) {
            await tx.query(`UPDATE person SET came_for_idea_id = i.id FROM idea i WHERE person.id = $1 AND i.id = $2 AND i.status <> 'HIDDEN'`, [person.id, input.ideaId]);
          }
          if (input.roles.includes(Role.VOLUNTEER)) {
            await tx.getRepository(VolunteerProfile).insert({
              personId: person.id,
              skills: uniqueSkills(input.skills ?? []),
              ...DEFAULT_VOLUNTEER_PROFILE,
            });
          }
          const given = consentsAtSignUp(input.roles, { RANKING: input.rankingConsent, NEWS: input.newsConsent, CONTACT: input.contactConsent });
          const decisions = Object.values(ConsentPurpose).map((purpose) => ({ purpose, granted: given[purpose] }));
          await this.consents.record(tx, person.id, decisions, ConsentChannel.SIGN_UP, person.id);
          return this.consents.applied(person, decisions);
        });
      } catch (error) {
        const constraint = violatedUniqueConstraint(error);
        if (constraint === 'person_email_key') {
          throw badUserInput([fieldError('email', 'is already registered; log in instead')]);
        }
        // A referral code collision is rare (31^8 codes): draw another.
        if (constraint?.includes('referral_code') && attempt < 5) continue;
        throw error;
      }
    }
  }

  /** An unknown or malformed relay code is ignored: the sign-up goes through and counts for no campaign. */
  private async relayTaskOf(code: string, manager: EntityManager): Promise<{ id: string; ambassadorId: string } | null> {
    const rows: { id: string; ambassadorId: string }[] = await manager.query(
      `SELECT id, ambassador_id AS "ambassadorId" FROM relay_task WHERE relay_code = $1`,
      [code.trim().toUpperCase()],
    );
    return rows[0] ?? null;
  }

  private async recruiterOf(code: string, manager: EntityManager): Promise<string> {
    const recruiter = await manager.getRepository(Person).findOneBy({ referralCode: normaliseReferralCode(code) });
    if (!recruiter || recruiter.id === ERASED_PERSON_ID) throw badUserInput([fieldError('referralCode', 'matches nobody; check the code')]);
    return recruiter.id;
  }

  async search(query: PeopleQuery): Promise<{ items: Person[]; totalCount: number }> {
    const builder = this.db.getRepository(Person).createQueryBuilder('p').where('p.id <> :placeholder', { placeholder: ERASED_PERSON_ID });
    if (query.neighbourhoodIds) {
      builder.andWhere('p.neighbourhood_id = ANY(:ids::uuid[])', { ids: query.neighbourhoodIds });
    }
    if (query.role) builder.andWhere(':role = ANY(p.roles)', { role: query.role });
    const search = query.search?.trim();
    if (search) {
      // Matches the trigram index on (display_name || ' ' || email).
      builder.andWhere(`(p.display_name || ' ' || p.email) ILIKE :pattern`, {
        pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [items, totalCount] = await builder
      .orderBy('p.display_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(query.first)
      .skip(query.offset)
      .getManyAndCount();
    return { items, totalCount };
  }

  async updateVolunteerProfile(viewer: Viewer, change: VolunteerProfileInput): Promise<Person> {
    if (!viewer.roles.includes(Role.VOLUNTEER)) throw forbidden('only a volunteer has a volunteer profile');
    assertValid([...checkVolunteerProfileChange(change), ...checkWeeklyAvailability(change.availability ?? [])]);
    const patch: Partial<VolunteerProfile> = {};
    if (change.skills != null) patch.skills = uniqueSkills(change.skills);
    if (change.travelRadiusMeters != null) patch.travelRadiusMeters = change.travelRadiusMeters;
    if (change.maxActiveRequests != null) patch.maxActiveRequests = change.maxActiveRequests;
    if (change.active != null) patch.active = change.active;
    if (change.subjects != null) patch.subjects = normaliseTeachingLabels(change.subjects);
    if (change.levels != null) patch.levels = normaliseTeachingLabels(change.levels);
    if (change.availability != null) {
      patch.availability = change.availability.length
        ? change.availability.map(({ day, startMinute, endMinute }) => ({ day, startMinute, endMinute }))
        : null;
    }
    const profiles = this.db.getRepository(VolunteerProfile);
    // A volunteer made before profiles existed (or by hand) gets the defaults first.
    await profiles
      .createQueryBuilder()
      .insert()
      .values({ personId: viewer.id, skills: [], ...DEFAULT_VOLUNTEER_PROFILE })
      .orIgnore()
      .execute();
    if (Object.keys(patch).length) await profiles.update({ personId: viewer.id }, patch);
    return (await this.findById(viewer.id)) as Person;
  }

  createLoader(): DataLoader<string, Person | null> {
    return new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      // findBy([]) would match every row.
      const found = valid.length ? await this.db.getRepository(Person).findBy(valid.map((id) => ({ id }))) : [];
      return onePer(ids, found, (person) => person.id);
    });
  }

  createProfileLoader(): DataLoader<string, VolunteerProfile | null> {
    return new DataLoader(async (ids) => {
      const found = await this.db.getRepository(VolunteerProfile).findBy(ids.map((personId) => ({ personId })));
      return onePer(ids, found, (profile) => profile.personId);
    });
  }

  createScopeLoader(): DataLoader<string, string[]> {
    return new DataLoader(async (ids) => {
      const found = await this.db.getRepository(OrganiserScope).findBy(ids.map((personId) => ({ personId })));
      return manyPer(ids, found, (scope) => scope.personId, (scope) => scope.neighbourhoodId);
    });
  }
}
