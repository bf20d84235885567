import { AuthResolver } from '@relais/server-auth';
import { NeighbourhoodsResolver } from '@relais/server-neighbourhoods';
import { PeopleResolver } from '@relais/server-people';

/** Every resolver class; the schema test checks this list against the running app's schema. */
export const RESOLVERS = [AuthResolver, NeighbourhoodsResolver, PeopleResolver];
