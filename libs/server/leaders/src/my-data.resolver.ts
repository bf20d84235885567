import { Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@relais/server-shared';
import { SlidingWindowLimiter, requireViewer, tooManyAttempts } from '@relais/server-shared';
import { MyDataExportService } from './my-data-export.service';

/** Ten exports an hour per account: one is all a person needs, and each reads every table. */
export const MY_DATA_EXPORTS_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

@Resolver()
export class MyDataResolver {
  private readonly exports = new SlidingWindowLimiter(MY_DATA_EXPORTS_PER_HOUR, HOUR_MS);

  constructor(private readonly myData: MyDataExportService) {}

  @Query(() => String, { description: 'The caller: a JSON document of all Relais holds about them (ten an hour).' })
  exportMyData(@Context() context: RequestContext): Promise<string> {
    const viewer = requireViewer(context.viewer);
    if (!this.exports.tryHit(viewer.id)) throw tooManyAttempts('too many exports from this account; try again within the hour', HOUR_MS / 1000);
    return this.myData.export(viewer.id);
  }
}
