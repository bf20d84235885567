import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { HelpCategory } from '@relais/domain-people';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WeeklySlotType } from './weekly-slot.type';

@ObjectType('VolunteerProfile')
@Entity('volunteer_profile')
export class VolunteerProfile {
  @PrimaryColumn('uuid', { name: 'person_id' })
  personId!: string;

  @Field(() => [HelpCategory])
  @Column('text', { array: true })
  skills!: HelpCategory[];

  @Field(() => Int)
  @Column('integer', { name: 'travel_radius_meters' })
  travelRadiusMeters!: number;

  @Field(() => Int)
  @Column('integer', { name: 'max_active_requests' })
  maxActiveRequests!: number;

  @Field({ description: 'False pauses the volunteer: no new matches, no accepts.' })
  @Column('boolean')
  active!: boolean;

  @Field(() => [String], { description: 'Homework subjects offered; empty means any.' })
  @Column('text', { array: true })
  subjects!: string[];

  @Field(() => [String], { description: 'School levels offered for homework; empty means any.' })
  @Column('text', { array: true })
  levels!: string[];

  @Field(() => [WeeklySlotType], { nullable: true, description: 'When the volunteer is free each week; null means at any time.' })
  @Column('jsonb', { nullable: true })
  availability!: WeeklySlotType[] | null;

  // What the volunteer has done, kept as counters so matching reads one row per candidate.
  @Field(() => Int, { description: 'Requests taken, ever.' })
  @Column('integer', { name: 'taken_count' })
  takenCount!: number;

  @Field(() => Int)
  @Column('integer', { name: 'completed_count' })
  completedCount!: number;

  @Field(() => Int)
  @Column('integer', { name: 'given_back_count' })
  givenBackCount!: number;

  @Column('integer', { name: 'rating_sum' })
  ratingSum!: number;

  @Field(() => Int)
  @Column('integer', { name: 'rating_count' })
  ratingCount!: number;

  @Column('double precision', { name: 'recent_work' })
  recentWork!: number;

  @Column('timestamptz', { name: 'recent_work_at', nullable: true })
  recentWorkAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Mean rating received, 1 to 5; null before the first.' })
  get meanRating(): number | null {
    return this.ratingCount ? this.ratingSum / this.ratingCount : null;
  }

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
