import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * (city, name as published, French name): the import's map (QUARTIER_NAME_FIXES in
 * @relais/domain-geo) as it stood when this ran, kept here so the migration stays what it was
 * whatever the map becomes, and loads without the libraries' path aliases.
 */
const RENAMES: readonly (readonly [string, string, string])[] = [
  ['Paris', "St-Germain-l'Auxerrois", "Saint-Germain-l'Auxerrois"],
  ['Paris', 'Arts-et-Metiers', 'Arts-et-Métiers'],
  ['Paris', 'Val-de-Grace', 'Val-de-Grâce'],
  ['Paris', 'Odeon', 'Odéon'],
  ['Paris', 'Ecole-Militaire', 'École-Militaire'],
  ['Paris', 'Champs-Elysées', 'Champs-Élysées'],
  ['Paris', 'Javel 15Art', 'Javel'],
  ['Paris', 'Plaine de Monceaux', 'Plaine-de-Monceaux'],
  ['Paris', 'Epinettes', 'Épinettes'],
  ['Toulouse', 'Fontaine-Lestang/Arènes/Bagatelle/Papus/Tabar/Bordelongue/Mermoz /La Faourette', 'Fontaine-Lestang / Arènes / Bagatelle / Papus / Tabar / Bordelongue / Mermoz / La Faourette'],
  ['Toulouse', 'Mirail -Université / Reynerie / Bellefontaine', 'Mirail-Université / Reynerie / Bellefontaine'],
  ['Toulouse', 'Pont des Demoiselles / Ormeau/ Montaudran / La Terrasse / Malepère', 'Pont des Demoiselles / Ormeau / Montaudran / La Terrasse / Malepère'],
  ['Toulouse', 'Saint-Michel /  Saint-Agne / Empalot / Le Busca / Île du Ramier / Montplaisir', 'Saint-Michel / Saint-Agne / Empalot / Le Busca / Île du Ramier / Montplaisir'],
];

/** Renames each quartier of RENAMES from one of its names to the other, unless the other is taken in its city. */
async function rename(db: QueryRunner, direction: 'toFrench' | 'back'): Promise<void> {
  const [from, to] = direction === 'toFrench' ? [1, 2] : [2, 1];
  await db.query(
    `UPDATE neighbourhood n SET name = r.to_name
     FROM unnest($1::text[], $2::text[], $3::text[]) AS r(city, from_name, to_name)
     WHERE n.city = r.city AND n.name = r.from_name
       AND NOT EXISTS (SELECT 1 FROM neighbourhood o WHERE o.city = r.city AND o.name = r.to_name)`,
    [RENAMES.map((r) => r[0]), RENAMES.map((r) => r[from]), RENAMES.map((r) => r[to])],
  );
}

/**
 * Quartiers imported before their names were mapped (« Epinettes », « Javel 15Art ») take their
 * French names (« Épinettes », « Javel »), as an import now stores them. One whose French name is
 * already taken in its city is left as it is rather than breaking the (city, name) key.
 */
export class QuartierFrenchNames1767147000000 implements MigrationInterface {
  name = 'QuartierFrenchNames1767147000000';

  up(db: QueryRunner): Promise<void> {
    return rename(db, 'toFrench');
  }

  down(db: QueryRunner): Promise<void> {
    return rename(db, 'back');
  }
}
