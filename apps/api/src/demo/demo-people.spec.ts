import type { AreaGeometry } from '@relais/domain-geo';
import { areaContains, cellOf, coverArea, frenchQuartierName } from '@relais/domain-geo';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIRST_NAMES, SURNAMES } from './demo-names';
import type { StreetsFile } from './demo-people';
import { asciiMailPart, demoAddress, demoHome, demoIdentity } from './demo-people';

const DATA = path.join(__dirname, '../../../../data/neighbourhoods');
const paris = (JSON.parse(readFileSync(path.join(DATA, 'paris-quartiers.geojson'), 'utf8')) as {
  features: { properties: { name: string; code: string; city: string }; geometry: AreaGeometry }[];
}).features;
const streets = (JSON.parse(readFileSync(path.join(DATA, 'paris-streets.json'), 'utf8')) as StreetsFile).quartiers;

/** A seeded generator (mulberry32), so that every run draws the same people. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Written as French writes names: each word a capital then lower case (« N'Diaye », « Le Gall »),
 * or a lower-case particle before the name (« de La Fontaine », « d'Almeida »).
 */
function capitalisedAsInFrench(name: string): boolean {
  return name.split(/[\s-]/).every((word) => /^(de|du|des)$/.test(word) || /^(d')?\p{Lu}\p{Ll}+('\p{Lu}\p{Ll}+)?$/u.test(word) || /^\p{Lu}'\p{Lu}\p{Ll}+$/u.test(word));
}

describe('the demo city’s people and addresses', () => {
  it('has real streets for each of the 80 Paris quartiers, five to ten each, under its French name', () => {
    expect(Object.keys(streets).sort()).toEqual(paris.map((q) => q.properties.code).sort());
    for (const quartier of paris) {
      const entry = streets[quartier.properties.code];
      expect(entry?.name).toBe(frenchQuartierName('Paris', quartier.properties.name));
      expect(entry?.streets.length).toBeGreaterThanOrEqual(5);
      expect(entry?.streets.length).toBeLessThanOrEqual(10);
      expect(new Set(entry?.streets).size).toBe(entry?.streets.length);
      // « rue de l'Arbre-Sec », « avenue de Ségur », « place Dauphine »: a kind of way, then its name.
      for (const street of entry?.streets ?? []) expect(street).toMatch(/^(rue|avenue|boulevard|quai|place|cour|chaussée) (\S.*)$/);
    }
  });

  it('gives every home an address on a street of its own quartier, with a plausible number, and a point whose cell is the quartier’s', () => {
    const random = seeded(2020);
    for (const quartier of paris) {
      const list = streets[quartier.properties.code]?.streets ?? [];
      const cells = new Set(coverArea(quartier.geometry));
      for (let i = 0; i < 6; i++) {
        const address = demoAddress(list, random);
        const [, number, street] = /^(\d+)(?: bis)? (.+)$/.exec(address) ?? [];
        expect(list).toContain(street);
        expect(Number(number)).toBeGreaterThanOrEqual(1);
        expect(Number(number)).toBeLessThanOrEqual(40);
        const home = demoHome(quartier.geometry, cells, random);
        expect(areaContains(quartier.geometry, home)).toBe(true);
        expect(cells.has(cellOf(home))).toBe(true);
      }
    }
  });

  it('names people as French writes them, with ascii mail addresses that differ', () => {
    const random = seeded(7);
    const people = Array.from({ length: 600 }, (_, n) => demoIdentity(random, n));
    for (const person of people) {
      expect(capitalisedAsInFrench(person.firstName)).toBe(true);
      expect(capitalisedAsInFrench(person.lastName)).toBe(true);
      expect(person.displayName).toBe(`${person.firstName} ${person.lastName}`);
      expect(person.email).toMatch(/^[a-z]+\.[a-z]+\.\d+@exemple\.fr$/);
    }
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    // Accents are kept in names, and the lists cover the cases worth showing.
    expect(people.some((p) => /[À-ÿ]/.test(p.firstName))).toBe(true);
    expect(people.some((p) => /[À-ÿ]/.test(p.lastName))).toBe(true);
    expect(people.some((p) => /^(de|d'|du) /.test(p.lastName) || p.lastName.startsWith("d'"))).toBe(true);
  });

  it('keeps every listed name as French writes it, and spells none without its accents', () => {
    expect(FIRST_NAMES.filter((name) => !capitalisedAsInFrench(name))).toEqual([]);
    expect(SURNAMES.filter((name) => !capitalisedAsInFrench(name))).toEqual([]);
    for (const name of ['Hélène', 'Chloé', 'Jérôme', 'François', 'Noémie']) expect(FIRST_NAMES).toContain(name);
    for (const name of ['de La Fontaine', 'Le Gall', "N'Diaye", 'Lefèvre']) expect(SURNAMES).toContain(name);
    const unaccented = ['Helene', 'Chloe', 'Jerome', 'Francois', 'Noemie', 'Lea', 'Zoe', 'Stephane', 'Frederic', 'Raphael', 'Celine', 'Benoit'];
    expect(FIRST_NAMES.filter((name) => unaccented.includes(name))).toEqual([]);
    expect(SURNAMES.filter((name) => name === name.toUpperCase() || name === name.toLowerCase())).toEqual([]);
  });

  it('writes mail addresses in ascii', () => {
    expect(asciiMailPart('Hélène')).toBe('helene');
    expect(asciiMailPart('de La Fontaine')).toBe('delafontaine');
    expect(asciiMailPart("N'Diaye")).toBe('ndiaye');
    expect(asciiMailPart('Maëlle')).toBe('maelle');
  });
});
