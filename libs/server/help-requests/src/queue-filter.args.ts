import { ArgsType, Field, Int } from '@nestjs/graphql';
import { HelpCategory } from '@relais/domain-people';

/** The filters and page every queue of requests takes, whatever it is scoped to. */
@ArgsType()
export class QueueFilterArgs {
  @Field(() => HelpCategory, { nullable: true })
  category?: HelpCategory | null;

  @Field(() => Int, { nullable: true, description: 'Posted at least this many hours ago.' })
  olderThanHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'OPEN for at least this many hours.' })
  unmatchedForHours?: number | null;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

/** The filters as the service takes them, once checked. */
export function queueFilterOf(args: QueueFilterArgs) {
  return {
    category: args.category ?? null,
    olderThanHours: args.olderThanHours ?? null,
    unmatchedForHours: args.unmatchedForHours ?? null,
    first: args.first,
    offset: args.offset,
  };
}
