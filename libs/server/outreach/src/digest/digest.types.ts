import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { OutreachSettings } from './digest-settings';

@ObjectType('OutreachSettings', { description: 'When the weekly digest goes out, and how many campaigns an ambassador gets in any 7 days.' })
export class OutreachSettingsType implements OutreachSettings {
  @Field(() => Int, { description: 'The day the digest goes out: 1 Monday .. 7 Sunday. Default 5 (Friday).' })
  digestWeekday!: number;

  @Field(() => Int, { description: 'The hour it goes out, 0..23, wall-clock in digestTimeZone. Default 17.' })
  digestHour!: number;

  @Field({ description: 'An IANA time zone. Default Europe/Paris. Weeks are ISO weeks in Europe/Paris whatever it is.' })
  digestTimeZone!: string;

  @Field(() => Int, { description: 'Campaigns an ambassador gets in any 7 days; those at the cap are skipped. Default 2.' })
  ambassadorWeeklyCap!: number;
}

@InputType('OutreachSettingsInput', { description: 'Settings left out stay as they are.' })
export class OutreachSettingsInput {
  @Field(() => Int, { nullable: true, description: '1 (Monday) to 7 (Sunday).' })
  digestWeekday?: number;

  @Field(() => Int, { nullable: true, description: '0 to 23.' })
  digestHour?: number;

  @Field({ nullable: true, description: 'A time zone name such as Europe/Paris.' })
  digestTimeZone?: string;

  @Field(() => Int, { nullable: true, description: '1 to 7.' })
  ambassadorWeeklyCap?: number;
}

@ObjectType({ description: 'The weekly digest a person would get now, as their mail holds it.' })
export class DigestPreview {
  @Field()
  subject!: string;

  @Field({ description: 'The plain-text part.' })
  text!: string;

  @Field({ description: 'The HTML part.' })
  html!: string;
}
