import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An organiser acts only in the neighbourhoods granted to them. */
@Entity('organiser_scope')
export class OrganiserScope {
  @PrimaryColumn('uuid', { name: 'person_id' })
  personId!: string;

  @PrimaryColumn('uuid', { name: 'neighbourhood_id' })
  neighbourhoodId!: string;

  @Column('uuid', { name: 'granted_by_id', nullable: true })
  grantedById!: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
