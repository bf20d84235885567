import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('ScoreComponent', { description: 'One named part of a score, so a rank can be explained.' })
export class ScoreComponent {
  @Field({ description: 'e.g. "proximity", "reliability", "trust", "centrality"' })
  name!: string;

  @Field(() => Float, { description: "The component's normalised value, in [0, 1]." })
  value!: number;

  @Field(() => Float, { description: 'Its weight in the total.' })
  weight!: number;
}
