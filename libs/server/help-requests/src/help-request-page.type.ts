import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HelpRequest } from './help-request.entity';

@ObjectType('HelpRequestPage')
export class HelpRequestPage {
  @Field(() => [HelpRequest])
  items!: HelpRequest[];

  @Field(() => Int)
  totalCount!: number;
}
