import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QUARTIER_NAME_FIXES, frenchQuartierName } from './quartier-names';

const DATA = path.join(__dirname, '../../../../data/neighbourhoods');

function published(file: string): { name: string; city: string }[] {
  const collection = JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as { features: { properties: { name: string; city: string } }[] };
  return collection.features.map((f) => f.properties);
}

/** The 80 quartiers administratifs of Paris as the Ville de Paris and INSEE write them. */
const PARIS = [
  "Saint-Germain-l'Auxerrois", 'Halles', 'Palais-Royal', 'Place-Vendôme', 'Gaillon', 'Vivienne', 'Mail', 'Bonne-Nouvelle',
  'Arts-et-Métiers', 'Enfants-Rouges', 'Archives', 'Sainte-Avoie', 'Saint-Merri', 'Saint-Gervais', 'Arsenal', 'Notre-Dame',
  'Saint-Victor', 'Jardin-des-Plantes', 'Val-de-Grâce', 'Sorbonne', 'Monnaie', 'Odéon', 'Notre-Dame-des-Champs', 'Saint-Germain-des-Prés',
  "Saint-Thomas-d'Aquin", 'Invalides', 'École-Militaire', 'Gros-Caillou', 'Champs-Élysées', 'Faubourg-du-Roule', 'Madeleine', 'Europe',
  'Saint-Georges', "Chaussée-d'Antin", 'Faubourg-Montmartre', 'Rochechouart', 'Saint-Vincent-de-Paul', 'Porte-Saint-Denis', 'Porte-Saint-Martin', 'Hôpital-Saint-Louis',
  'Folie-Méricourt', 'Saint-Ambroise', 'Roquette', 'Sainte-Marguerite', 'Bel-Air', 'Picpus', 'Bercy', 'Quinze-Vingts',
  'Salpêtrière', 'Gare', 'Maison-Blanche', 'Croulebarbe', 'Montparnasse', 'Parc-de-Montsouris', 'Petit-Montrouge', 'Plaisance',
  'Saint-Lambert', 'Necker', 'Grenelle', 'Javel', 'Auteuil', 'Muette', 'Porte-Dauphine', 'Chaillot',
  'Ternes', 'Plaine-de-Monceaux', 'Batignolles', 'Épinettes', 'Grandes-Carrières', 'Clignancourt', "Goutte-d'Or", 'La Chapelle',
  'Villette', 'Pont-de-Flandre', 'Amérique', 'Combat', 'Belleville', 'Saint-Fargeau', 'Père-Lachaise', 'Charonne',
];

/** Words that the published file gives without the accent French writes them with. */
const UNACCENTED = /\b(Ecole|Elysees|Elysées|Epinettes|Metiers|Odeon|Grace|Vendome|Hopital|Pere|Salpetriere|Mericourt|Amerique|Chaussee|Pres|St)\b/;

describe('the quartiers’ French names', () => {
  const paris = published('paris-quartiers.geojson').map((q) => frenchQuartierName(q.city, q.name));

  it('gives each of the 80 Paris quartiers its French name, every one once', () => {
    expect(paris).toHaveLength(80);
    expect([...paris].sort()).toEqual([...PARIS].sort());
  });

  it('writes them with their accents, elisions and hyphens', () => {
    for (const name of ['Épinettes', "Saint-Germain-l'Auxerrois", 'Faubourg-du-Roule', 'École-Militaire', 'Champs-Élysées', 'Val-de-Grâce', 'Odéon', 'Arts-et-Métiers']) {
      expect(paris).toContain(name);
    }
    expect(paris.filter((name) => UNACCENTED.test(name))).toEqual([]);
    // Nothing shouted: a capital begins a word, the rest is lower case.
    expect(paris.filter((name) => /\p{Lu}{2}/u.test(name))).toEqual([]);
  });

  it('maps only names that are in the files, to a different name', () => {
    const files = { Paris: 'paris-quartiers.geojson', Toulouse: 'toulouse-quartiers.geojson' } as const;
    for (const [city, fixes] of Object.entries(QUARTIER_NAME_FIXES)) {
      const names = published(files[city as keyof typeof files]).map((q) => q.name);
      for (const [from, to] of Object.entries(fixes)) {
        expect(names).toContain(from);
        expect(to).not.toBe(from);
      }
    }
  });

  it('spaces Toulouse’s names evenly around their slashes', () => {
    const toulouse = published('toulouse-quartiers.geojson').map((q) => frenchQuartierName(q.city, q.name));
    expect(toulouse).toHaveLength(20);
    expect(toulouse.filter((name) => /\s{2}|\S\/|\/\S|\s-\S/.test(name))).toEqual([]);
    expect(toulouse).toContain('Saint-Michel / Saint-Agne / Empalot / Le Busca / Île du Ramier / Montplaisir');
  });

  it('leaves a name it does not know, and another city’s, as they are', () => {
    expect(frenchQuartierName('Paris', 'Belleville')).toBe('Belleville');
    expect(frenchQuartierName('Lyon', 'Odeon')).toBe('Odeon');
  });
});
