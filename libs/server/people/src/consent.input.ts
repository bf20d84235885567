import { Field, InputType } from '@nestjs/graphql';
import type { ConsentChange } from '@relais/domain-people';

@InputType('ConsentInput', { description: 'Fields left out (or null) stay as they are.' })
export class ConsentInput {
  @Field(() => Boolean, { nullable: true, description: 'Appear in leader rankings' })
  ranking?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Receive news, campaigns and ways to help' })
  news?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Receive the weekly digest' })
  digest?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Be contacted by organisers' })
  contact?: boolean | null;
}

export function consentChange(input: ConsentInput): ConsentChange {
  return { RANKING: input.ranking, NEWS: input.news, DIGEST: input.digest, CONTACT: input.contact };
}
