import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AreaGeometry } from '@relais/domain-geo';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('Neighbourhood', { description: 'A quartier with a real boundary, covered by H3 cells.' })
@Entity('neighbourhood')
export class Neighbourhood {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field()
  @Column('text')
  city!: string;

  @Field(() => String, { nullable: true, description: "The city's own code for it, if any." })
  @Column('text', { nullable: true })
  code!: string | null;

  @Column('jsonb')
  boundary!: AreaGeometry;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
