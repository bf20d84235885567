import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';

@ObjectType('AddressRead', { description: "Someone other than the requester saw the exact address of one of the caller's requests." })
export class AddressRead {
  readerId!: string;
  requestId!: string;

  @Field(() => Role, { description: 'The role they read it under: ORGANISER, ADMIN, or VOLUNTEER for the assignee.' })
  readerRole!: Role;

  @Field({ description: 'The last time that day.' })
  at!: Date;
}
