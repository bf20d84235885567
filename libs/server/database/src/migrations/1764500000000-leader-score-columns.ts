import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The components in the order their values are kept, as when this was written. */
const COMPONENTS = ['activity', 'reach', 'trust', 'reliability', 'centrality'];
/** Each fact's JSON name and its column. */
const FACTS: [string, string, string][] = [
  ['windowDays', 'window_days', 'integer'],
  ['helps', 'helps', 'integer'],
  ['distinctResidents', 'distinct_residents', 'integer'],
  ['meanRating', 'mean_rating', 'double precision'],
  ['ratings', 'ratings', 'integer'],
  ['endorsements', 'endorsements', 'integer'],
  ['recruits', 'recruits', 'integer'],
];

const componentField = (field: 'value' | 'weight') =>
  `ARRAY[${COMPONENTS.map((name) => `(SELECT (c->>'${field}')::float8 FROM jsonb_array_elements(components) c WHERE c->>'name' = '${name}')`).join(', ')}]`;

/**
 * A leader score's components and facts as plain columns rather than JSON documents: a
 * recomputation writes thousands of rows at once, and building two documents per row was a third
 * of the cost of writing it. Reads build the API's shape from the columns.
 */
export class LeaderScoreColumns1764500000000 implements MigrationInterface {
  name = 'LeaderScoreColumns1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE leader_score
        ADD COLUMN component_values double precision[],
        ADD COLUMN component_weights double precision[],
        ${FACTS.map(([, column, type]) => `ADD COLUMN ${column} ${type}`).join(',\n        ')}`);
    await db.query(`
      UPDATE leader_score SET component_values = ${componentField('value')}, component_weights = ${componentField('weight')},
        ${FACTS.map(([name, column, type]) => `${column} = (facts->>'${name}')::${type}`).join(', ')}`);
    await db.query(`
      ALTER TABLE leader_score
        DROP COLUMN components, DROP COLUMN facts,
        ALTER COLUMN component_values SET NOT NULL, ALTER COLUMN component_weights SET NOT NULL,
        ADD CONSTRAINT leader_score_components_check CHECK (cardinality(component_values) = cardinality(component_weights)),
        ${FACTS.filter(([name]) => name !== 'meanRating')
          .map(([, column]) => `ALTER COLUMN ${column} SET NOT NULL`)
          .join(', ')}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE leader_score ADD COLUMN components jsonb, ADD COLUMN facts jsonb`);
    await db.query(`
      UPDATE leader_score SET
        components = jsonb_build_array(${COMPONENTS.map((name, i) => `jsonb_build_object('name', '${name}', 'value', component_values[${i + 1}], 'weight', component_weights[${i + 1}])`).join(', ')}),
        facts = jsonb_build_object(${FACTS.map(([name, column]) => `'${name}', ${column}`).join(', ')})`);
    await db.query(`
      ALTER TABLE leader_score
        ALTER COLUMN components SET NOT NULL, ALTER COLUMN facts SET NOT NULL,
        DROP CONSTRAINT leader_score_components_check,
        DROP COLUMN component_values, DROP COLUMN component_weights, ${FACTS.map(([, column]) => `DROP COLUMN ${column}`).join(', ')}`);
  }
}
