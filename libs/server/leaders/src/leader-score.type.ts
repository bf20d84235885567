import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ScoreComponent } from '@relais/server-shared';

@ObjectType('LeaderFacts', { description: 'Plain counts behind a leader score, over the last `windowDays` days, to explain it in words.' })
export class LeaderFacts {
  @Field(() => Int) windowDays!: number;
  @Field(() => Int, { description: 'Help completed.' }) helps!: number;
  @Field(() => Int, { description: 'Different residents helped.' }) distinctResidents!: number;
  @Field(() => Float, { nullable: true, description: 'Mean of the ratings received; null without any.' }) meanRating!: number | null;
  @Field(() => Int) ratings!: number;
  @Field(() => Int, { description: 'Endorsements received.' }) endorsements!: number;
  @Field(() => Int, { description: 'People who joined with their referral code.' }) recruits!: number;
}

@ObjectType('LeaderScore', { description: "A consenting volunteer's standing in their neighbourhood, with its parts." })
export class LeaderScoreType {
  personId!: string;
  neighbourhoodId!: string;

  @Field(() => Int, { description: '1 is the highest score in that neighbourhood.' })
  rank!: number;

  @Field(() => Float, { description: 'In [0, 1].' })
  score!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];

  @Field(() => LeaderFacts)
  facts!: LeaderFacts;

  @Field({ description: 'When the score was computed.' })
  computedAt!: Date;
}

@ObjectType('LeaderScorePoint', { description: "A day's last score, for trends." })
export class LeaderScorePoint {
  @Field({ description: 'The day, as YYYY-MM-DD in the organisation’s time zone.' })
  day!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int)
  rank!: number;
}

@ObjectType('LeaderScorePage')
export class LeaderScorePage {
  @Field(() => [LeaderScoreType])
  items!: LeaderScoreType[];

  @Field(() => Int, { description: 'How many match the filters.' })
  total!: number;
}

@ObjectType('NeighbourhoodLeaders', { description: "A neighbourhood's top leaders and how many volunteers could be ranked." })
export class NeighbourhoodLeaders {
  neighbourhoodId!: string;

  @Field(() => [LeaderScoreType], { description: 'Its three best, best first.' })
  top!: LeaderScoreType[];

  @Field(() => Int, { description: 'Volunteers living there.' })
  volunteers!: number;

  @Field(() => Int, { description: 'Of those, how many agreed to be ranked.' })
  consenting!: number;

  @Field(() => Int, { description: 'Current ambassadors.' })
  ambassadors!: number;
}
