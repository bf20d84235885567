import { Module } from '@nestjs/common';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [NeighbourhoodsModule],
  providers: [PeopleService, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
