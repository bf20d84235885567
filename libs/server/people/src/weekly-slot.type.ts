import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { WeeklySlot } from '@relais/domain-matching';

/** A time the volunteer is free every week, in local time; the same shape in and out. */
@ObjectType('WeeklySlot', { description: 'A time the volunteer is free every week, in local time.' })
@InputType('WeeklySlotInput')
export class WeeklySlotType implements WeeklySlot {
  @Field(() => Int, { description: 'Day of the week in local time: 0 is Monday, 6 is Sunday.' })
  day!: number;

  @Field(() => Int, { description: 'Minutes from local midnight (0 to 1439).' })
  startMinute!: number;

  @Field(() => Int, { description: 'Minutes from local midnight, exclusive (1 to 1440).' })
  endMinute!: number;
}
