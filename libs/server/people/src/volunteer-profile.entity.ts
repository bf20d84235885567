import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HelpCategory } from '@relais/domain-people';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
