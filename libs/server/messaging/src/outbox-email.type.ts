import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OutboxEmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxEmailStatus, {
  name: 'OutboxEmailStatus',
  description: 'PENDING until sent (SENT) or given up (FAILED: refused for good by the mail server, or too many attempts).',
});

@ObjectType('OutboxEmail', { description: 'A mail of the outbox and how its delivery went.' })
export class OutboxEmail {
  @Field(() => ID, { description: 'The UUID of its Message-ID, <id@relais.local>.' }) id!: string;

  @Field({ description: 'What the mail is about, e.g. taken, assignedToYou, expired, ambassadorPromoted.' })
  kind!: string;

  /** The recipient, for the `to` field: shown to ADMIN only. */
  toAddress!: string;

  @Field() subject!: string;
  @Field(() => OutboxEmailStatus) status!: OutboxEmailStatus;
  @Field({ description: 'When the change it reports was made.' }) createdAt!: Date;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The SMTP reply code of the last failed attempt, when the server gave one.' })
  lastReplyCode!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, without any address.' })
  lastError!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it will be tried again, while PENDING.' }) nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) failedAt!: Date | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

@ObjectType('OutboxEmailPage')
export class OutboxEmailPage {
  @Field(() => [OutboxEmail]) items!: OutboxEmail[];
  @Field(() => Int, { description: 'Over all pages.' }) totalCount!: number;
}
