import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry', { description: 'Who saw or changed what.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  actorId!: string | null;

  @Field(() => ID, { nullable: true, description: "The actor's pseudonym: it stays when the actor is erased." })
  actorRef!: string | null;

  @Field({ description: 'e.g. READ_ADDRESS, UPDATE_SETTING.' })
  action!: string;

  @Field()
  subjectType!: string;

  @Field()
  subjectId!: string;

  @Field(() => String, { nullable: true, description: 'Its details, as JSON.' })
  detail!: string | null;

  @Field()
  at!: Date;
}

@ObjectType('AuditEntryPage')
export class AuditEntryPage {
  @Field(() => [AuditEntry])
  items!: AuditEntry[];

  @Field(() => Int)
  totalCount!: number;
}
