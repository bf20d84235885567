import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { fieldError } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { SlidingWindowLimiter, assertValid, tooManyAttempts } from '@relais/server-shared';
import { GeocodeResult, GeocodeStatus } from './geocode.types';
import { GeocoderService } from './geocoder.service';

/** Typing an address asks a few times; this is far above that and far below a scrape. */
const SEARCHES_PER_MINUTE = 20;
const MIN_TEXT = 3;
const MAX_TEXT = 200;

@Resolver(() => GeocodeResult)
export class GeocodeResolver {
  private readonly perPerson = new SlidingWindowLimiter(SEARCHES_PER_MINUTE, 60_000);

  constructor(private readonly geocoder: GeocoderService) {}

  // The sign-up form places a home before its owner has an account: a caller without one is
  // counted by their address instead.
  @Query(() => GeocodeResult, { description: 'Addresses matching the text, inside the city; 20 a minute per person (per address before sign-up).' })
  async geocode(@Args('text', { type: () => String }) text: string, @Context() context: RequestContext): Promise<GeocodeResult> {
    const query = text.trim();
    assertValid(query.length < MIN_TEXT || query.length > MAX_TEXT ? [fieldError('text', `must have ${MIN_TEXT} to ${MAX_TEXT} characters`)] : []);
    const caller = context.viewer ? `person:${context.viewer.id}` : `address:${context.ip}`;
    if (!this.perPerson.tryHit(caller)) throw tooManyAttempts(`at most ${SEARCHES_PER_MINUTE} address searches a minute`, 60);
    const outcome = await this.geocoder.search(query);
    return { status: GeocodeStatus[outcome.status], matches: outcome.matches };
  }
}
