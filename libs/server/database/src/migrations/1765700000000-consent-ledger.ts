import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consent ledger: every consent given or withdrawn is a row (purpose, yes or no, when, the
 * wording's version, where, who recorded it). The person row keeps the current value of each
 * purpose in a column, which every existing read (the leader ranking's WHERE ranking_consent, the
 * trigger marking a neighbourhood's leaders for refresh) goes on using; the ledger alone writes
 * those columns: inserting a row applies it to the person in the same statement, and any other
 * change of a consent column is refused, so the columns can never say what the ledger does not.
 * Each person gets one BEFORE_LEDGER row per purpose for the values found today (the digest on for
 * volunteers and organisers); their wording is unknown, hence a null version for those rows only.
 */
export class ConsentLedger1765700000000 implements MigrationInterface {
  name = 'ConsentLedger1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person ADD COLUMN news_consent boolean NOT NULL DEFAULT false, ADD COLUMN digest_consent boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE person SET digest_consent = true WHERE roles && ARRAY['VOLUNTEER', 'ORGANISER']::text[]`);
    await db.query(`
      CREATE TABLE consent_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('RANKING', 'NEWS', 'DIGEST', 'CONTACT')),
        granted boolean NOT NULL,
        wording_version text CHECK (length(wording_version) BETWEEN 1 AND 100),
        channel text NOT NULL CHECK (channel IN ('SIGN_UP', 'PROFILE', 'UNSUBSCRIBE_LINK', 'ORGANISER', 'BEFORE_LEDGER')),
        actor_id uuid REFERENCES person(id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((wording_version IS NULL) = (channel = 'BEFORE_LEDGER'))
      )`);
    await db.query(`CREATE INDEX consent_event_person_purpose_at_idx ON consent_event (person_id, purpose, at DESC)`);
    await db.query(`CREATE INDEX consent_event_actor_idx ON consent_event (actor_id) WHERE actor_id IS NOT NULL`);
    await db.query(`
      INSERT INTO consent_event (person_id, purpose, granted, wording_version, channel, actor_id, at)
      SELECT p.id, c.purpose, c.granted, NULL, 'BEFORE_LEDGER', NULL, p.created_at
      FROM person p
      CROSS JOIN LATERAL (VALUES ('RANKING', p.ranking_consent), ('NEWS', p.news_consent),
                                 ('DIGEST', p.digest_consent), ('CONTACT', p.contact_consent)) AS c (purpose, granted)`);
    // A row of the ledger is applied to its person at once (triggers of its own see it as depth 2).
    await db.query(`
      CREATE FUNCTION consent_event_applied() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE person SET
          ranking_consent = CASE WHEN NEW.purpose = 'RANKING' THEN NEW.granted ELSE ranking_consent END,
          news_consent = CASE WHEN NEW.purpose = 'NEWS' THEN NEW.granted ELSE news_consent END,
          digest_consent = CASE WHEN NEW.purpose = 'DIGEST' THEN NEW.granted ELSE digest_consent END,
          contact_consent = CASE WHEN NEW.purpose = 'CONTACT' THEN NEW.granted ELSE contact_consent END
        WHERE id = NEW.person_id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER consent_event_applied AFTER INSERT ON consent_event FOR EACH ROW EXECUTE FUNCTION consent_event_applied()`);
    await db.query(`
      CREATE FUNCTION person_consent_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'a consent changes only through a row of consent_event' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER person_consent_guard BEFORE UPDATE OF ranking_consent, news_consent, digest_consent, contact_consent ON person
      FOR EACH ROW WHEN (OLD.ranking_consent IS DISTINCT FROM NEW.ranking_consent OR OLD.news_consent IS DISTINCT FROM NEW.news_consent
        OR OLD.digest_consent IS DISTINCT FROM NEW.digest_consent OR OLD.contact_consent IS DISTINCT FROM NEW.contact_consent)
      EXECUTE FUNCTION person_consent_guard()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER person_consent_guard ON person`);
    await db.query(`DROP FUNCTION person_consent_guard()`);
    await db.query(`DROP TRIGGER consent_event_applied ON consent_event`);
    await db.query(`DROP FUNCTION consent_event_applied()`);
    await db.query(`DROP TABLE consent_event`);
    await db.query(`ALTER TABLE person DROP COLUMN digest_consent, DROP COLUMN news_consent`);
  }
}
