import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns that ambassadors relay. Sending one gives each ambassador of its neighbourhoods (with
 * news consent, under the weekly cap) a relay task with a code of its own; the link counts
 * visits without keeping who visited, and a person who signs up through it is attributed to
 * the task. An ambassador may report relaying more than once (a group, then door to door).
 */
export class Campaigns1766400000000 implements MigrationInterface {
  name = 'Campaigns1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT', 'CLOSED')),
        created_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        sent_at timestamptz,
        skipped_at_cap integer NOT NULL DEFAULT 0 CHECK (skipped_at_cap >= 0),
        CHECK ((status = 'DRAFT') = (sent_at IS NULL))
      )`);
    await db.query(`
      CREATE TABLE campaign_neighbourhood (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        PRIMARY KEY (campaign_id, neighbourhood_id)
      )`);
    await db.query(`CREATE INDEX campaign_neighbourhood_idx ON campaign_neighbourhood (neighbourhood_id, campaign_id)`);
    await db.query(`
      CREATE TABLE relay_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        ambassador_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        relay_code text NOT NULL UNIQUE CHECK (relay_code ~ '^[A-Z2-9]{10}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        visits integer NOT NULL DEFAULT 0 CHECK (visits >= 0),
        UNIQUE (campaign_id, ambassador_id)
      )`);
    // The weekly cap counts an ambassador's tasks of the last 7 days.
    await db.query(`CREATE INDEX relay_task_ambassador_idx ON relay_task (ambassador_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE relay_report (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        relay_task_id uuid NOT NULL REFERENCES relay_task (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('MESSAGING_GROUP', 'DOOR_TO_DOOR', 'PHONE', 'SOCIAL_MEDIA', 'IN_PERSON', 'OTHER')),
        reach integer NOT NULL CHECK (reach BETWEEN 0 AND 100000),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX relay_report_task_idx ON relay_report (relay_task_id)`);
    // Who came through a relay link: the campaign's sign-ups, and a recruit of its ambassador.
    await db.query(`ALTER TABLE person ADD COLUMN relay_task_id uuid REFERENCES relay_task (id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX person_relay_task_idx ON person (relay_task_id) WHERE relay_task_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN relay_task_id`);
    await db.query(`DROP TABLE relay_report`);
    await db.query(`DROP TABLE relay_task`);
    await db.query(`DROP TABLE campaign_neighbourhood`);
    await db.query(`DROP TABLE campaign`);
  }
}
