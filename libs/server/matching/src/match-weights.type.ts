import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import type { MatchWeights } from '@relais/domain-matching';

/** The weights as stored and shown: relative, normalised when scoring. */
@ObjectType('MatchWeights', { description: 'Relative weight of each matching component; they are normalised to sum to 1 when scoring.' })
export class MatchWeightsType implements MatchWeights {
  @Field(() => Float) proximity!: number;
  @Field(() => Float) availability!: number;
  @Field(() => Float) reliability!: number;
  @Field(() => Float) rating!: number;
  @Field(() => Float) load!: number;
  @Field(() => Float) sameNeighbourhood!: number;
  @Field(() => Float) language!: number;
  @Field(() => Float) continuity!: number;
  @Field(() => Float) fairness!: number;
}

@InputType('MatchWeightsInput', { description: 'Weights left out stay as they are; each from 0 to 100, not all zero.' })
export class MatchWeightsInput implements Partial<MatchWeights> {
  @Field(() => Float, { nullable: true }) proximity?: number;
  @Field(() => Float, { nullable: true }) availability?: number;
  @Field(() => Float, { nullable: true }) reliability?: number;
  @Field(() => Float, { nullable: true }) rating?: number;
  @Field(() => Float, { nullable: true }) load?: number;
  @Field(() => Float, { nullable: true }) sameNeighbourhood?: number;
  @Field(() => Float, { nullable: true }) language?: number;
  @Field(() => Float, { nullable: true }) continuity?: number;
  @Field(() => Float, { nullable: true }) fairness?: number;
}
