import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Ambassador', { description: "A volunteer's term as ambassador of a neighbourhood; a demoted one keeps its reason." })
export class Ambassador {
  @Field(() => ID)
  id!: string;

  personId!: string;
  neighbourhoodId!: string;
  promotedById!: string | null;
  demotedById!: string | null;

  @Field()
  promotedAt!: Date;

  @Field(() => Date, { nullable: true })
  demotedAt!: Date | null;

  @Field(() => String, { nullable: true })
  demotionReason!: string | null;
}
