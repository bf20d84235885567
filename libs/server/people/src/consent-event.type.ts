import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsentChannel, ConsentPurpose } from '@relais/domain-people';

registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });
registerEnumType(ConsentChannel, { name: 'ConsentChannel' });

@ObjectType('ConsentEvent', { description: 'One consent given or withdrawn: a row of the consent ledger.' })
export class ConsentEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field({ description: 'true: given; false: withdrawn.' })
  granted!: boolean;

  @Field(() => String, { nullable: true, description: 'The version of the wording shown; null for the values found when the ledger began.' })
  wordingVersion!: string | null;

  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field({ description: 'True when someone else (an organiser, on the phone) recorded it.' })
  recordedByOther!: boolean;

  @Field()
  at!: Date;
}

@ObjectType('ConsentEventPage')
export class ConsentEventPage {
  @Field(() => [ConsentEvent])
  items!: ConsentEvent[];

  @Field(() => Int, { description: 'Over all pages.' })
  totalCount!: number;
}
