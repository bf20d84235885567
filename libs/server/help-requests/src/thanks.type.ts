import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Thanks', { description: "The requester's rating and word after the help was done." })
export class Thanks {
  @Field(() => Int, { description: '1 to 5' })
  rating!: number;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field()
  createdAt!: Date;
}
