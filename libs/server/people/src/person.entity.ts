import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HelpCategory, Role } from '@relais/domain-people';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(Role, { name: 'Role' });
registerEnumType(HelpCategory, { name: 'HelpCategory' });

/**
 * One row per human. Only fields with @Field reach the API; the home location and the password
 * hash never do, and private fields (e-mail, profile, roles, consents, referral code) are
 * resolved with a visibility check (person-visibility.ts).
 */
@ObjectType('Person')
@Entity('person')
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Field()
  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** Resolved with a visibility check (visibleRoles). */
  @Column('text', { array: true })
  roles!: Role[];

  @Column('double precision', { name: 'home_lat' })
  homeLat!: number;

  @Column('double precision', { name: 'home_lng' })
  homeLng!: number;

  /** H3 cell of the home (resolution 9), as a decimal string. */
  @Column('bigint', { name: 'home_cell' })
  homeCell!: string;

  @Column('uuid', { name: 'neighbourhood_id', nullable: true })
  neighbourhoodId!: string | null;

  @Field(() => [String])
  @Column('text', { array: true })
  languages!: string[];

  @Column('boolean', { name: 'contact_consent' })
  contactConsent!: boolean;

  @Column('boolean', { name: 'ranking_consent' })
  rankingConsent!: boolean;

  /** Consent columns are written by the consent ledger only (ConsentsService). */
  @Column('boolean', { name: 'news_consent' })
  newsConsent!: boolean;

  @Column('boolean', { name: 'digest_consent' })
  digestConsent!: boolean;

  @Column('text', { name: 'referral_code' })
  referralCode!: string;

  @Column('uuid', { name: 'referred_by_id', nullable: true })
  referredById!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
