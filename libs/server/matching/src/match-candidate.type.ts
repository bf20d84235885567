import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { HelpRequest } from '@relais/server-help-requests';
import { ScoreComponent } from '@relais/server-shared';

@ObjectType('MatchCandidate', { description: 'A volunteer ranked for a request, with the parts of the score.' })
export class MatchCandidate {
  volunteerId!: string;

  @Field(() => Float, { description: 'In [0, 1]; candidates come best first.' })
  score!: number;

  @Field(() => Float)
  distanceMeters!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];
}

@ObjectType('HelpRequestMatch', { description: 'An OPEN request as it fits the calling volunteer.' })
export class HelpRequestMatch {
  @Field(() => HelpRequest)
  helpRequest!: HelpRequest;

  @Field(() => Float, { description: 'In [0, 1].' })
  score!: number;

  @Field(() => Float, { description: 'From home, rounded to 100 m so that it does not pinpoint the place.' })
  distanceMeters!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];
}

@ObjectType('ProposedAssignment')
export class ProposedAssignment {
  @Field(() => HelpRequest)
  helpRequest!: HelpRequest;

  volunteerId!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType('AutoAssignPlan', { description: 'The optimal pairs for the OPEN requests of a neighbourhood, before they are made.' })
export class AutoAssignPlan {
  @Field(() => [ProposedAssignment])
  pairs!: ProposedAssignment[];

  @Field(() => Float, { description: 'Sum of the pairs’ scores: the maximum possible under each volunteer’s capacity.' })
  totalScore!: number;

  @Field(() => Float, { description: 'What a greedy best-pair-first choice would total, for comparison.' })
  greedyTotalScore!: number;

  @Field(() => Int, { description: 'OPEN requests that no available volunteer can take.' })
  unmatched!: number;
}
