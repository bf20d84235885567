import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { MapConfig } from '@relais/server-shared';
import { MAP_CONFIG } from './map-config.token';
import { MapSettings } from './map-settings.type';

@Resolver(() => MapSettings)
export class MapSettingsResolver {
  constructor(@Inject(MAP_CONFIG) private readonly config: MapConfig) {}

  // Public: the log-in page has no map, but nothing here is a secret either.
  @Query(() => MapSettings)
  mapSettings(): MapSettings {
    return { styleUrl: this.config.styleUrl, addressSearch: this.config.geocoder.kind !== 'off' };
  }
}
