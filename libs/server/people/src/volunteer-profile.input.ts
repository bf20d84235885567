import { Field, InputType, Int } from '@nestjs/graphql';
import { HelpCategory } from '@relais/domain-people';
import { WeeklySlotType } from './weekly-slot.type';

@InputType('VolunteerProfileInput', { description: 'Fields left out stay as they are.' })
export class VolunteerProfileInput {
  @Field(() => [HelpCategory], { nullable: true })
  skills?: HelpCategory[] | null;

  @Field(() => Int, { nullable: true, description: '100 to 50000' })
  travelRadiusMeters?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 20' })
  maxActiveRequests?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses the volunteer' })
  active?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Homework subjects offered (e.g. "maths"); empty means any.' })
  subjects?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'School levels offered (e.g. "college"); empty means any.' })
  levels?: string[] | null;

  @Field(() => [WeeklySlotType], { nullable: true, description: 'When the volunteer is free each week; an empty list means at any time.' })
  availability?: WeeklySlotType[] | null;
}
