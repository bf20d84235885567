import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { LiveService } from './live.service';

@Module({})
export class LiveModule {
  static forRoot(options: { redisUrl: string | null }): DynamicModule {
    return {
      module: LiveModule,
      global: true,
      providers: [{ provide: LiveService, useFactory: () => new LiveService(options.redisUrl) }],
      exports: [LiveService],
    };
  }
}
