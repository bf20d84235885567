import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import type { MapConfig } from '@relais/server-shared';
import { GeocodeResolver } from './geocode.resolver';
import { GeocoderService } from './geocoder.service';
import { MAP_CONFIG } from './map-config.token';
import { MapSettingsResolver } from './map-settings.resolver';
import { NeighbourhoodFiguresResolver } from './neighbourhood-figures.resolver';
import { NeighbourhoodFiguresService } from './neighbourhood-figures.service';

/** What the admin app's maps read: the basemap setting, the address search, the quartiers' figures. */
@Module({})
export class MapsModule {
  static forRoot(config: MapConfig): DynamicModule {
    return {
      module: MapsModule,
      imports: [NeighbourhoodsModule],
      providers: [
        { provide: MAP_CONFIG, useValue: config },
        MapSettingsResolver,
        GeocoderService,
        GeocodeResolver,
        NeighbourhoodFiguresService,
        NeighbourhoodFiguresResolver,
      ],
      exports: [GeocoderService, NeighbourhoodFiguresService],
    };
  }
}
