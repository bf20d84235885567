import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Person } from './person.entity';

@ObjectType('PersonPage')
export class PersonPage {
  @Field(() => [Person])
  items!: Person[];

  @Field(() => Int, { description: 'How many people match, over all pages.' })
  totalCount!: number;
}
