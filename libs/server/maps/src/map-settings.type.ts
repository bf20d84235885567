import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MapSettings', { description: 'What the maps draw under the quartiers, and whether addresses can be searched.' })
export class MapSettings {
  @Field(() => String, { nullable: true, description: 'A MapLibre style URL (MAP_STYLE_URL); null: the quartiers on a plain background.' })
  styleUrl!: string | null;

  @Field(() => Boolean, { description: 'Whether geocode can answer (GEOCODER is not off).' })
  addressSearch!: boolean;
}
