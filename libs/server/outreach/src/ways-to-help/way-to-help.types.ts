import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum WayToHelpKind {
  GIVE_GOODS = 'GIVE_GOODS',
  GIVE_BLOOD = 'GIVE_BLOOD',
  DONATE = 'DONATE',
  CALL_NEIGHBOUR = 'CALL_NEIGHBOUR',
  ONLINE_HELP = 'ONLINE_HELP',
}
registerEnumType(WayToHelpKind, {
  name: 'WayToHelpKind',
  description: 'Give books or clothes, give blood, donate to an association, call an isolated neighbour, help online.',
});

@ObjectType('WayToHelp', { description: 'A way to help without going out, for some neighbourhoods or the whole city.' })
export class WayToHelp {
  @Field(() => ID)
  id!: string;

  @Field(() => WayToHelpKind)
  kind!: WayToHelpKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link to act on it.' })
  link!: string | null;

  /** Empty: the whole city. */
  neighbourhoodIds!: string[];

  @Field()
  createdAt!: Date;
}

@InputType('WayToHelpInput')
export class WayToHelpInput {
  @Field(() => WayToHelpKind)
  kind!: WayToHelpKind;

  @Field({ description: '1 to 120 characters.' })
  title!: string;

  @Field({ description: '1 to 1000 characters.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'http or https, at most 500 characters.' })
  link?: string | null;

  @Field(() => [ID], { description: 'Neighbourhoods the caller organises; none means the whole city (ADMIN only).' })
  neighbourhoodIds!: string[];
}
