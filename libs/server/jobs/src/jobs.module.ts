import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import type { JobsOptions } from './jobs.service';
import { JobsService } from './jobs.service';

@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: JobsService, useFactory: () => new JobsService(options.databaseUrl) }],
      exports: [JobsService],
    };
  }
}
