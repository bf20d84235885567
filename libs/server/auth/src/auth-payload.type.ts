import { Field, ObjectType } from '@nestjs/graphql';
import { Person } from '@relais/server-people';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send it as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => Person)
  person!: Person;
}
