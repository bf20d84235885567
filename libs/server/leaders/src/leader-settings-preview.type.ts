import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LeaderSettingsType } from './leader-settings.type';

@ObjectType('LeaderPlace', { description: 'A place in a neighbourhood’s ranking.' })
export class LeaderPlace {
  @Field(() => Int, { description: '1 is the highest score.' })
  rank!: number;

  @Field(() => Float, { description: 'In [0, 1].' })
  score!: number;
}

@ObjectType('LeaderPreviewRow', { description: 'A ranked volunteer’s place under the settings in use and under the edited ones.' })
export class LeaderPreviewRow {
  personId!: string;

  @Field(() => LeaderPlace)
  current!: LeaderPlace;

  @Field(() => LeaderPlace)
  edited!: LeaderPlace;
}

@ObjectType('LeaderSettingsPreview', { description: 'What edited leader settings would change in one neighbourhood’s ranking, before they are saved.' })
export class LeaderSettingsPreview {
  @Field(() => LeaderSettingsType, { description: 'The settings in use.' })
  current!: LeaderSettingsType;

  @Field(() => LeaderSettingsType, { description: 'The settings in use with the edit applied.' })
  edited!: LeaderSettingsType;

  @Field(() => [LeaderPreviewRow], { description: 'Whoever is in the first `first` places under either, in the edited order.' })
  rows!: LeaderPreviewRow[];

  @Field(() => Int, { description: 'How many volunteers the neighbourhood ranks.' })
  ranked!: number;
}
