import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HelpRequestEventKind, HelpRequestStatus } from '@relais/domain-help-requests';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One transition of a request, kept for good: who, when, from which status to which. */
@ObjectType('HelpRequestEvent')
@Entity('help_request_event')
export class HelpRequestEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'help_request_id' })
  helpRequestId!: string;

  @Field(() => HelpRequestEventKind)
  @Column('text')
  kind!: HelpRequestEventKind;

  /** Null for the system (expiry). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('uuid', { name: 'volunteer_id', nullable: true })
  volunteerId!: string | null;

  @Field(() => HelpRequestStatus, { nullable: true })
  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: HelpRequestStatus | null;

  @Field(() => HelpRequestStatus)
  @Column('text', { name: 'to_status' })
  toStatus!: HelpRequestStatus;

  @Field()
  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
