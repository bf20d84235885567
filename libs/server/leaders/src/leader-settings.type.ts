import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LeaderWeights } from '@relais/domain-leaders';

export enum CentralityMethod {
  PAGERANK = 'pagerank',
  LEADERRANK = 'leaderrank',
}
registerEnumType(CentralityMethod, {
  name: 'CentralityMethod',
  description: 'PAGERANK (damped, with unspent trust) or LEADERRANK (a ground node linked to everyone, no damping).',
});

@ObjectType('LeaderWeights', { description: 'Relative weight of each leader component; normalised to sum to 1 when scoring.' })
export class LeaderWeightsType implements LeaderWeights {
  @Field(() => Float) activity!: number;
  @Field(() => Float) reach!: number;
  @Field(() => Float) trust!: number;
  @Field(() => Float) reliability!: number;
  @Field(() => Float) centrality!: number;
}

@ObjectType('RatingPrior', { description: 'What a newcomer is presumed rated, worth `count` ratings.' })
export class RatingPriorType {
  @Field(() => Float) mean!: number;
  @Field(() => Float) count!: number;
}

@ObjectType('ReliabilityPrior', { description: 'What share of tasks a newcomer is presumed to complete, worth `tasks` tasks.' })
export class ReliabilityPriorType {
  @Field(() => Float) rate!: number;
  @Field(() => Float) tasks!: number;
}

@ObjectType('LeaderPriors')
export class LeaderPriorsType {
  @Field(() => RatingPriorType) rating!: RatingPriorType;
  @Field(() => ReliabilityPriorType) reliability!: ReliabilityPriorType;
}

@ObjectType('LeaderSettings', { description: 'How leader scores are computed.' })
export class LeaderSettingsType {
  @Field(() => LeaderWeightsType) weights!: LeaderWeightsType;
  @Field(() => Int, { description: 'Everything counts half as much after this many days.' }) halfLifeDays!: number;
  @Field(() => CentralityMethod) centrality!: CentralityMethod;
  @Field(() => LeaderPriorsType) priors!: LeaderPriorsType;
}

@InputType('LeaderWeightsInput', { description: 'Weights left out stay as they are; each from 0 to 100, not all zero.' })
export class LeaderWeightsInput {
  @Field(() => Float, { nullable: true }) activity?: number;
  @Field(() => Float, { nullable: true }) reach?: number;
  @Field(() => Float, { nullable: true }) trust?: number;
  @Field(() => Float, { nullable: true }) reliability?: number;
  @Field(() => Float, { nullable: true }) centrality?: number;
}

@InputType('RatingPriorInput')
export class RatingPriorInput {
  @Field(() => Float, { nullable: true, description: '1 to 5.' }) mean?: number;
  @Field(() => Float, { nullable: true, description: '0 to 100.' }) count?: number;
}

@InputType('ReliabilityPriorInput')
export class ReliabilityPriorInput {
  @Field(() => Float, { nullable: true, description: '0 to 1.' }) rate?: number;
  @Field(() => Float, { nullable: true, description: '0 to 100.' }) tasks?: number;
}

@InputType('LeaderPriorsInput')
export class LeaderPriorsInput {
  @Field(() => RatingPriorInput, { nullable: true }) rating?: RatingPriorInput;
  @Field(() => ReliabilityPriorInput, { nullable: true }) reliability?: ReliabilityPriorInput;
}

@InputType('LeaderSettingsInput', { description: 'Settings left out stay as they are.' })
export class LeaderSettingsInput {
  @Field(() => LeaderWeightsInput, { nullable: true }) weights?: LeaderWeightsInput;
  @Field(() => Int, { nullable: true, description: '1 to 3650.' }) halfLifeDays?: number;
  @Field(() => CentralityMethod, { nullable: true }) centrality?: CentralityMethod;
  @Field(() => LeaderPriorsInput, { nullable: true }) priors?: LeaderPriorsInput;
}
