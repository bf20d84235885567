import { HelpRequest, HelpRequestEvent } from '@relais/server-help-requests';
import { Neighbourhood } from '@relais/server-neighbourhoods';
import { OrganiserScope, Person, VolunteerProfile } from '@relais/server-people';

/** Every TypeORM entity of the API; the schema itself comes from migrations. */
export const ENTITIES = [Neighbourhood, Person, VolunteerProfile, OrganiserScope, HelpRequest, HelpRequestEvent];
