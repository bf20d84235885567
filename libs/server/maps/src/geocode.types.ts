import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LatLngType } from '@relais/server-neighbourhoods';

export enum GeocodeStatus {
  OK = 'OK',
  /** GEOCODER=off: the installation searches no addresses. */
  OFF = 'OFF',
  /** The address service did not answer in time, or answered nonsense. */
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(GeocodeStatus, { name: 'GeocodeStatus' });

@ObjectType('AddressMatch')
export class AddressMatchType {
  @Field(() => String)
  label!: string;

  @Field(() => LatLngType)
  location!: LatLngType;
}

@ObjectType('GeocodeResult', { description: 'Addresses found inside the city, best first (at most 5).' })
export class GeocodeResult {
  @Field(() => GeocodeStatus)
  status!: GeocodeStatus;

  @Field(() => [AddressMatchType])
  matches!: AddressMatchType[];
}
