import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IdeaShare', { description: 'The caller’s own link to share an idea, and what it brought.' })
export class IdeaShare {
  @Field({ description: 'Carries the caller’s referral code: whoever signs up through it is their recruit.' })
  url!: string;

  @Field(() => Int)
  visits!: number;

  @Field(() => Int, { description: 'People who signed up through this link.' })
  signUps!: number;
}
