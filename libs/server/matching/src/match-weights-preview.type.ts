import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HelpRequest } from '@relais/server-help-requests';
import { MatchCandidate } from './match-candidate.type';
import { MatchWeightsType } from './match-weights.type';

@ObjectType('MatchPreviewRequest', { description: 'An OPEN request with its best candidates under the weights in use and under the edited ones.' })
export class MatchPreviewRequest {
  @Field(() => HelpRequest)
  helpRequest!: HelpRequest;

  @Field(() => [MatchCandidate], { description: 'As matchCandidates gives them now.' })
  current!: MatchCandidate[];

  @Field(() => [MatchCandidate], { description: 'As they would be with the edited weights.' })
  edited!: MatchCandidate[];
}

@ObjectType('MatchWeightsPreview', { description: 'What edited match weights would change in one neighbourhood, before they are saved.' })
export class MatchWeightsPreview {
  @Field(() => MatchWeightsType, { description: 'The weights in use.' })
  current!: MatchWeightsType;

  @Field(() => MatchWeightsType, { description: 'The weights in use with the edit applied.' })
  edited!: MatchWeightsType;

  @Field(() => [MatchPreviewRequest], { description: 'Its oldest OPEN requests, at most 20.' })
  requests!: MatchPreviewRequest[];

  @Field(() => Int, { description: 'How many OPEN requests the neighbourhood has in all.' })
  openRequests!: number;
}
