import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('IdeaComment', { description: 'A comment on an idea. A hidden one is seen only by its author and those who may moderate the idea.' })
export class IdeaComment {
  @Field(() => ID)
  id!: string;

  ideaId!: string;
  authorId!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Hidden by a moderator of the idea.' })
  hidden!: boolean;
}
