import { Module } from '@nestjs/common';
import { NeighbourhoodsResolver } from './neighbourhoods.resolver';
import { NeighbourhoodsService } from './neighbourhoods.service';

@Module({
  providers: [NeighbourhoodsService, NeighbourhoodsResolver],
  exports: [NeighbourhoodsService],
})
export class NeighbourhoodsModule {}
