import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import type { RequestContext } from '@relais/server-shared';
import {
  assertValid,
  canOrganise,
  checkPage,
  forbidden,
  isAdmin,
  perRequest,
  requireRole,
  requireViewer,
} from '@relais/server-shared';
import { ERASED_PERSON_ID } from './erased-person';
import { OrganiserScopesService } from './organiser-scopes.service';
import { PeopleService } from './people.service';
import { PersonPage } from './person-page.type';
import { Person } from './person.entity';
import { VolunteerProfile } from './volunteer-profile.entity';
import { VolunteerProfileInput } from './volunteer-profile.input';
import { maySeePrivate, visibleRoles } from './person-visibility';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly scopes: OrganiserScopesService,
    private readonly neighbourhoods: NeighbourhoodsService,
  ) {}

  @Query(() => Person, { nullable: true, description: 'The signed-in person; null without a valid token.' })
  me(@Context() context: RequestContext): Promise<Person | null> {
    return context.viewer ? this.service.findById(context.viewer.id) : Promise.resolve(null);
  }

  @Query(() => PersonPage, {
    description: 'ADMIN: everyone. ORGANISER: people living in their neighbourhoods. Searches name and e-mail.',
  })
  async people(
    @Context() context: RequestContext,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null,
    @Args('role', { type: () => Role, nullable: true }) role: Role | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<PersonPage> {
    const viewer = requireRole(context.viewer, Role.ORGANISER);
    assertValid(checkPage(first, offset));
    let scope: string[] | null = isAdmin(viewer) ? null : [...viewer.organiserOf];
    if (neighbourhoodId) {
      if (!canOrganise(viewer, neighbourhoodId)) throw forbidden('only an organiser of this neighbourhood may list its people');
      scope = [neighbourhoodId];
    }
    return this.service.search({ search, neighbourhoodIds: scope, role, first, offset });
  }

  @Mutation(() => Person, { description: 'ADMIN: make a person organiser of these neighbourhoods (added to any they had).' })
  grantOrganiser(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('neighbourhoodIds', { type: () => [ID] }) neighbourhoodIds: string[],
  ): Promise<Person> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    return this.scopes.grant(personId, neighbourhoodIds, admin.id);
  }

  @Mutation(() => Person, {
    description: 'ADMIN: take these neighbourhoods from an organiser; with none left they are no longer ORGANISER. Open subscriptions lose the rights at once.',
  })
  revokeOrganiser(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('neighbourhoodIds', { type: () => [ID] }) neighbourhoodIds: string[],
  ): Promise<Person> {
    requireRole(context.viewer, Role.ADMIN);
    return this.scopes.revoke(personId, neighbourhoodIds);
  }

  @Mutation(() => Person, { description: 'The calling VOLUNTEER changes their own profile.' })
  updateVolunteerProfile(
    @Context() context: RequestContext,
    @Args('input', { type: () => VolunteerProfileInput }) input: VolunteerProfileInput,
  ): Promise<Person> {
    return this.service.updateVolunteerProfile(requireViewer(context.viewer), input);
  }

  @ResolveField(() => Neighbourhood, { nullable: true, description: 'Where the person lives; null outside every neighbourhood.' })
  neighbourhood(@Parent() person: Person, @Context() context: RequestContext): Promise<Neighbourhood | null> {
    if (!person.neighbourhoodId) return Promise.resolve(null);
    return perRequest(context, 'neighbourhood', () => this.neighbourhoods.createLoader()).load(person.neighbourhoodId);
  }

  @ResolveField(() => Boolean, { description: 'True for the one placeholder that stands where people who erased their account were (the requester of a request they posted, say); it has no name.' })
  erased(@Parent() person: Person): boolean {
    return person.id === ERASED_PERSON_ID;
  }

  @ResolveField(() => String, { nullable: true, description: 'Seen by the person, ADMIN and organisers of where they live.' })
  email(@Parent() person: Person, @Context() context: RequestContext): string | null {
    return this.maySeePrivate(person, context) ? person.email : null;
  }

  @ResolveField(() => [Role], { description: 'All of them for the person, ADMIN and organisers of where they live; others see RESIDENT and VOLUNTEER only.' })
  roles(@Parent() person: Person, @Context() context: RequestContext): Role[] {
    return visibleRoles(context.viewer, person);
  }

  @ResolveField(() => String, {
    description: 'Others pass it to signUp to say who recruited them. Seen by the person, ADMIN and organisers of where they live; empty for others.',
  })
  referralCode(@Parent() person: Person, @Context() context: RequestContext): string {
    return this.maySeePrivate(person, context) ? person.referralCode : '';
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Agrees to be contacted by organisers. Seen by the person, ADMIN and organisers of where they live.' })
  contactConsent(@Parent() person: Person, @Context() context: RequestContext): boolean | null {
    return this.maySeePrivate(person, context) ? person.contactConsent : null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Agrees to appear in leader rankings. Seen by the person, ADMIN and organisers of where they live.' })
  rankingConsent(@Parent() person: Person, @Context() context: RequestContext): boolean | null {
    return this.maySeePrivate(person, context) ? person.rankingConsent : null;
  }

  @ResolveField(() => VolunteerProfile, { nullable: true, description: 'Seen by the person, ADMIN and organisers of where they live.' })
  volunteerProfile(@Parent() person: Person, @Context() context: RequestContext): Promise<VolunteerProfile | null> | null {
    if (!person.roles.includes(Role.VOLUNTEER) || !this.maySeePrivate(person, context)) return null;
    return perRequest(context, 'volunteerProfile', () => this.service.createProfileLoader()).load(person.id);
  }

  @ResolveField(() => [Neighbourhood], { description: 'Neighbourhoods the person organises; seen by them and ADMIN.' })
  async organiserOf(@Parent() person: Person, @Context() context: RequestContext): Promise<Neighbourhood[]> {
    if (context.viewer?.id !== person.id && !isAdmin(context.viewer)) return [];
    const ids = await perRequest(context, 'organiserScope', () => this.service.createScopeLoader()).load(person.id);
    const found = await perRequest(context, 'neighbourhood', () => this.neighbourhoods.createLoader()).loadMany(ids);
    return found.filter((n): n is Neighbourhood => n instanceof Neighbourhood);
  }

  private maySeePrivate(person: Person, context: RequestContext): boolean {
    return maySeePrivate(context.viewer, person);
  }
}
