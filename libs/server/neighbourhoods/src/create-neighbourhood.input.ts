import { Field, InputType } from '@nestjs/graphql';

@InputType('CreateNeighbourhoodInput')
export class CreateNeighbourhoodInput {
  @Field()
  name!: string;

  @Field()
  city!: string;

  @Field({ description: 'A GeoJSON Polygon or MultiPolygon geometry, as JSON text, WGS84 lon/lat' })
  boundary!: string;

  @Field(() => String, { nullable: true, description: "The city's own code for it" })
  code?: string | null;
}
