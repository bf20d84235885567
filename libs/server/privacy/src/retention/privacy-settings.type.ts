import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { PrivacySettings } from './retention-rules';

@ObjectType('PrivacySettings', { description: 'How long Relais keeps what it holds, in days; the nightly retention jobs apply them.' })
export class PrivacySettingsType implements PrivacySettings {
  @Field(() => Int, { description: 'After a request is DONE, CANCELLED or EXPIRED, its exact address and location go (its coarse cell stays). Default 30.' })
  addressRetentionDays!: number;

  @Field(() => Int, { description: 'Audit entries, reads of addresses included, older than this go. Default 365.' })
  auditRetentionDays!: number;

  @Field(() => Int, { description: 'An account unused this long (ADMIN excepted) is told by mail, then erased 30 days later unless its owner logs in. Default 1095 (3 years).' })
  inactiveAccountDays!: number;
}

@InputType('PrivacySettingsInput', { description: 'Settings left out stay as they are.' })
export class PrivacySettingsInput {
  @Field(() => Int, { nullable: true, description: '1 to 365.' })
  addressRetentionDays?: number;

  @Field(() => Int, { nullable: true, description: '30 to 3650.' })
  auditRetentionDays?: number;

  @Field(() => Int, { nullable: true, description: '365 to 3650.' })
  inactiveAccountDays?: number;
}
