import { Field, ID, InputType } from '@nestjs/graphql';
import { HelpCategory } from '@relais/domain-people';
import { LatLngInput } from '@relais/server-neighbourhoods';

@InputType('PostHelpRequestInput')
export class PostHelpRequestInput {
  @Field(() => HelpCategory)
  category!: HelpCategory;

  @Field({ description: '1 to 2000 characters' })
  description!: string;

  @Field(() => LatLngInput, { description: 'Where the help is needed.' })
  location!: LatLngInput;

  @Field(() => String, { nullable: true, description: 'Exact address, private.' })
  address?: string | null;

  @Field(() => Date, { nullable: true, description: 'After this, an OPEN request becomes EXPIRED.' })
  neededBy?: Date | null;

  @Field(() => ID, { nullable: true, description: 'An organiser posting for a resident who phoned in.' })
  onBehalfOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Homework: the subject, e.g. "maths".' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Homework: the school level, e.g. "college".' })
  level?: string | null;
}
