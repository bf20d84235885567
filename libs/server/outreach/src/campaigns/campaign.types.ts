import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });

export enum RelayChannel {
  MESSAGING_GROUP = 'MESSAGING_GROUP',
  DOOR_TO_DOOR = 'DOOR_TO_DOOR',
  PHONE = 'PHONE',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  IN_PERSON = 'IN_PERSON',
  OTHER = 'OTHER',
}
registerEnumType(RelayChannel, {
  name: 'RelayChannel',
  valuesMap: {
    MESSAGING_GROUP: { description: 'A WhatsApp, Signal or Telegram group.' },
    IN_PERSON: { description: 'A market, a school gate, a meeting.' },
  },
});

@ObjectType('CampaignReport')
export class CampaignReport {
  @Field(() => Int, { description: 'Relay tasks given.' })
  ambassadorsReached!: number;

  @Field(() => Int, { description: 'Ambassadors left out by the weekly cap.' })
  skippedAtCap!: number;

  @Field(() => Int, { description: 'Of those reached, how many reported a relay.' })
  ambassadorsRelayed!: number;

  @Field(() => Int, { description: 'The sum of the reach ambassadors reported.' })
  reportedReach!: number;

  @Field(() => Int)
  linkVisits!: number;

  @Field(() => Int, { description: 'People who signed up with one of its relay codes.' })
  signUps!: number;

  @Field(() => Int)
  volunteerSignUps!: number;

  @Field(() => Int, { description: 'Of those who signed up through it, how many posted or took a request within 30 days of signing up.' })
  activeSignUps!: number;
}

@ObjectType('CampaignAmbassadorReport', { description: 'One ambassador reached by a campaign, and what came of their relay.' })
export class CampaignAmbassadorReport {
  ambassadorId!: string;
  /** Where they relay it: the campaign's neighbourhood they are (or were) ambassador of. */
  neighbourhoodId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last reported a relay.' })
  relayedAt!: Date | null;

  @Field(() => Int)
  reportedReach!: number;

  @Field(() => Int)
  linkVisits!: number;

  @Field(() => Int)
  signUps!: number;

  @Field(() => Int)
  volunteerSignUps!: number;

  @Field(() => Int)
  activeSignUps!: number;
}

@ObjectType('Campaign')
export class Campaign {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  message!: string;

  @Field(() => CampaignStatus)
  status!: CampaignStatus;

  neighbourhoodIds!: string[];

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

@ObjectType('RelayTask')
export class RelayTask {
  id!: string;
  campaignId!: string;
  ambassadorId!: string;

  @Field()
  relayCode!: string;

  @Field(() => Date, { nullable: true, description: 'When the ambassador last reported a relay.' })
  relayedAt!: Date | null;

  createdAt!: Date;
}

@InputType('CampaignInput')
export class CampaignInput {
  @Field({ description: '1 to 120 characters.' })
  title!: string;

  @Field({ description: '1 to 5000 characters.' })
  message!: string;

  @Field(() => [ID], { description: 'At least one, each organised by the caller.' })
  neighbourhoodIds!: string[];
}
