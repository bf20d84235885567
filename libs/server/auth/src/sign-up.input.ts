import { Field, ID, InputType } from '@nestjs/graphql';
import { HelpCategory, Role } from '@relais/domain-people';
import { LatLngInput } from '@relais/server-neighbourhoods';

@InputType('SignUpInput')
export class SignUpInput {
  @Field()
  email!: string;

  @Field({ description: 'At least 10 characters' })
  password!: string;

  @Field()
  displayName!: string;

  @Field(() => Role, { description: 'RESIDENT or VOLUNTEER only; anything else is BAD_USER_INPUT' })
  role!: Role;

  @Field(() => LatLngInput, { description: 'Home; private' })
  location!: LatLngInput;

  @Field(() => [HelpCategory], { nullable: true, description: 'For volunteers: what they offer' })
  skills?: HelpCategory[] | null;

  @Field(() => String, { nullable: true, description: "The recruiter's referralCode, if any" })
  referralCode?: string | null;

  @Field(() => String, { nullable: true, description: "The code of the ambassador's relay link the person came through, if any; an unknown one is ignored" })
  relayCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The idea whose share link the person came through, if any; an unknown one is ignored' })
  ideaId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Agrees to appear in leader rankings; absent means no' })
  rankingConsent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Agrees to receive news and campaigns; absent means no' })
  newsConsent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Agrees to be contacted by organisers; absent means no' })
  contactConsent?: boolean | null;
}
