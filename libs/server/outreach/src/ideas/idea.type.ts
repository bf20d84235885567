import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum IdeaStatus {
  OPEN = 'OPEN',
  ADOPTED = 'ADOPTED',
  HIDDEN = 'HIDDEN',
}

export enum IdeaOrder {
  TOP = 'TOP',
  NEW = 'NEW',
}

registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  valuesMap: { ADOPTED: { description: 'The organisation takes it up.' }, HIDDEN: { description: 'Moderated away.' } },
});
registerEnumType(IdeaOrder, {
  name: 'IdeaOrder',
  valuesMap: { TOP: { description: 'By score.' }, NEW: { description: 'Newest first.' } },
});

@ObjectType('Idea', { description: 'An idea of the board « Le quartier d’après », about a neighbourhood or the whole city.' })
export class Idea {
  @Field(() => ID)
  id!: string;

  authorId!: string;
  neighbourhoodId!: string | null;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => IdeaStatus)
  status!: IdeaStatus;

  @Field(() => Int, { description: 'The raw count of votes.' })
  votes!: number;

  @Field(() => Float, {
    description: 'What TOP sorts by: the votes, each weighing by what its voter had taken part in Relais when voting, plus a bonus for new ideas that fades in days.',
  })
  score!: number;

  /** Shown through `moderationReason` to those who may read it. */
  moderationReasonText!: string | null;

  @Field()
  createdAt!: Date;
}

@InputType('IdeaInput')
export class IdeaInput {
  @Field({ description: '3 to 140 characters.' })
  title!: string;

  @Field({ description: '1 to 5000 characters.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The neighbourhood it is about, if any.' })
  neighbourhoodId?: string | null;
}
