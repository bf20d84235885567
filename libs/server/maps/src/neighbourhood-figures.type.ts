import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NeighbourhoodFigures', { description: "A quartier's figures for the city map; organisers get their own quartiers', ADMIN every one's." })
export class NeighbourhoodFigures {
  @Field(() => ID)
  neighbourhoodId!: string;

  @Field(() => Int, { description: 'People living there, whatever their roles.' })
  residents!: number;

  @Field(() => Int, { description: 'Volunteers living there who are not paused.' })
  volunteers!: number;

  @Field(() => Float, { nullable: true, description: 'Volunteers per 1,000 residents; null where nobody lives.' })
  volunteersPerThousand!: number | null;

  @Field(() => Int, { description: 'Needs waiting for a volunteer.' })
  openNeeds!: number;

  @Field(() => Int, { description: 'Open needs posted more than 48 hours ago.' })
  staleNeeds!: number;

  @Field(() => Int, { description: 'Volunteers with a leader score there.' })
  rankedVolunteers!: number;

  @Field(() => Int, { description: 'Current ambassadors there.' })
  ambassadors!: number;

  @Field(() => Float, { description: 'Where to recruit: open needs per available volunteer, a stale need counting twice.' })
  recruitingNeed!: number;
}
