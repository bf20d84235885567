import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import type { LatLng } from '@relais/domain-geo';
import { isValidLatLng } from '@relais/domain-geo';
import type { FieldError } from '@relais/domain-people';
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

export function checkLocation(point: LatLng, field = 'location'): FieldError[] {
  return isValidLatLng(point) ? [] : [fieldError(field, 'must have lat in [-90, 90] and lng in [-180, 180]')];
}

export function assertValidLocation(point: LatLng, field = 'location'): void {
  assertValid(checkLocation(point, field));
}
