import { Injectable } from '@nestjs/common';
import { ConsentChannel, ConsentPurpose, Role, digestOnBecomingOrganiser, fieldError } from '@relais/domain-people';
import type { ViewerChanged } from '@relais/server-live';
import { LiveService, VIEWER_CHANGED } from '@relais/server-live';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { badUserInput, isUuid, notFound } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { ConsentsService } from './consents.service';
import { OrganiserScope } from './organiser-scope.entity';
import { PeopleService } from './people.service';
import { Person } from './person.entity';

/**
 * ADMIN grants and takes back organiser rights. Each change is announced once committed, so that
 * subscriptions open on any instance stop delivering what the person may no longer see.
 */
@Injectable()
export class OrganiserScopesService {
  constructor(
    private readonly db: DataSource,
    private readonly people: PeopleService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly live: LiveService,
    private readonly consents: ConsentsService,
  ) {}

  async grant(personId: string, neighbourhoodIds: string[], grantedById: string): Promise<Person> {
    const { person, ids } = await this.check(personId, neighbourhoodIds);
    await this.db.transaction(async (tx) => {
      await tx
        .createQueryBuilder()
        .insert()
        .into(OrganiserScope)
        .values(ids.map((neighbourhoodId) => ({ personId, neighbourhoodId, grantedById })))
        .orIgnore()
        .execute();
      if (!person.roles.includes(Role.ORGANISER)) {
        person.roles = [...person.roles, Role.ORGANISER];
        await tx.getRepository(Person).update({ id: personId }, { roles: person.roles });
        await this.digestForNewOrganiser(tx, person, grantedById);
      }
    });
    await this.announce(personId);
    return person;
  }

  /** Takes these neighbourhoods away; with none left, the person is no longer an ORGANISER. */
  async revoke(personId: string, neighbourhoodIds: string[]): Promise<Person> {
    const { person, ids } = await this.check(personId, neighbourhoodIds);
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM organiser_scope WHERE person_id = $1 AND neighbourhood_id = ANY($2::uuid[])`, [personId, ids]);
      const left: unknown[] = await tx.query(`SELECT 1 FROM organiser_scope WHERE person_id = $1 LIMIT 1`, [personId]);
      if (!left.length && person.roles.includes(Role.ORGANISER)) {
        person.roles = person.roles.filter((role) => role !== Role.ORGANISER);
        await tx.getRepository(Person).update({ id: personId }, { roles: person.roles });
      }
    });
    await this.announce(personId);
    return person;
  }

  private async check(personId: string, neighbourhoodIds: string[]): Promise<{ person: Person; ids: string[] }> {
    if (!neighbourhoodIds.length) throw badUserInput([fieldError('neighbourhoodIds', 'must name at least one neighbourhood')]);
    const person = isUuid(personId) ? await this.people.findById(personId) : null;
    if (!person) throw notFound('person', personId);
    const ids = [...new Set(neighbourhoodIds)];
    const known = new Set(await this.neighbourhoods.existingIds(ids.filter(isUuid)));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw notFound('neighbourhood', unknown.join(', '));
    return { person, ids };
  }

  /** The digest is a service mail for those who help: on for a new organiser who never turned it off. */
  private async digestForNewOrganiser(tx: EntityManager, person: Person, grantedById: string): Promise<void> {
    const history: { granted: boolean; channel: ConsentChannel }[] = await tx.query(
      `SELECT granted, channel FROM consent_event WHERE person_id = $1 AND purpose = 'DIGEST'`,
      [person.id],
    );
    if (!digestOnBecomingOrganiser(person.digestConsent, history)) return;
    await this.consents.record(tx, person.id, [{ purpose: ConsentPurpose.DIGEST, granted: true }], ConsentChannel.ROLE_GRANTED, grantedById);
    person.digestConsent = true;
  }

  private announce(personId: string): Promise<void> {
    return this.live.publish<ViewerChanged>(VIEWER_CHANGED, { personId });
  }
}
