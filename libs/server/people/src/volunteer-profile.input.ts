import { Field, InputType, Int } from '@nestjs/graphql';
import { HelpCategory } from '@relais/domain-people';

@InputType('VolunteerProfileInput', { description: 'Fields left out stay as they are.' })
export class VolunteerProfileInput {
  @Field(() => [HelpCategory], { nullable: true })
  skills?: HelpCategory[] | null;

  @Field(() => Int, { nullable: true, description: '100 to 50000' })
  travelRadiusMeters?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 20' })
  maxActiveRequests?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses the volunteer' })
  active?: boolean | null;
}
