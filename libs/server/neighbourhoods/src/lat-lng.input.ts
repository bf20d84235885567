import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import type { LatLng } from '@relais/domain-geo';
import { isValidLatLng } from '@relais/domain-geo';
import { fieldError } from '@relais/domain-people';
import { assertValid } from '@relais/server-shared';

@InputType('LatLngInput')
export class LatLngInput implements LatLng {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}

@ObjectType('LatLng')
export class LatLngType implements LatLng {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}

export function assertValidLocation(point: LatLng, field = 'location'): void {
  if (!isValidLatLng(point)) {
    assertValid([fieldError(field, 'must have lat in [-90, 90] and lng in [-180, 180]')]);
  }
}
