import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HelpRequestEventKind, HelpRequestStatus } from '@relais/domain-help-requests';
import { HelpCategory } from '@relais/domain-people';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(HelpRequestStatus, { name: 'HelpRequestStatus' });
registerEnumType(HelpRequestEventKind, { name: 'HelpRequestEventKind' });

/**
 * A need posted by a resident. The exact location and address are columns only: they reach
 * the API through field resolvers that check who is asking.
 */
@ObjectType('HelpRequest')
@Entity('help_request')
export class HelpRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'requester_id' })
  requesterId!: string;

  /** The requester, or the organiser who posted for them. */
  @Column('uuid', { name: 'posted_by_id' })
  postedById!: string;

  @Field(() => HelpCategory)
  @Column('text')
  category!: HelpCategory;

  @Field(() => String, { nullable: true, description: 'Homework: the subject, e.g. "maths".' })
  @Column('text', { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Homework: the school level, e.g. "college".' })
  @Column('text', { nullable: true })
  level!: string | null;

  @Field()
  @Column('text')
  description!: string;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  /** H3 cell (resolution 9), decimal string. */
  @Column('bigint')
  cell!: string;

  /** H3 cell of resolution 8, whose centre is the position shown to everyone. */
  @Column('bigint', { name: 'coarse_cell' })
  coarseCell!: string;

  /** The centre of the coarse cell: where the request is for whoever may not see the place. */
  @Column('double precision', { name: 'coarse_lat' })
  coarseLat!: number;

  @Column('double precision', { name: 'coarse_lng' })
  coarseLng!: number;

  @Column('uuid', { name: 'neighbourhood_id', nullable: true })
  neighbourhoodId!: string | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @Field(() => Date, { nullable: true, description: 'After this, an OPEN request becomes EXPIRED.' })
  @Column('timestamptz', { name: 'needed_by', nullable: true })
  neededBy!: Date | null;

  @Field(() => HelpRequestStatus)
  @Column('text')
  status!: HelpRequestStatus;

  @Column('uuid', { name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @Field()
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Field()
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  /** When it became DONE, CANCELLED or EXPIRED; retention counts from it. */
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
