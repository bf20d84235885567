import { withFrenchPreposition } from './french-places';

describe('withFrenchPreposition', () => {
  it('contracts « de » and « à » with le and les', () => {
    expect(withFrenchPreposition('de', 'Archives')).toBe('des Archives');
    expect(withFrenchPreposition('à', 'Archives')).toBe('aux Archives');
    expect(withFrenchPreposition('de', 'Marais')).toBe('du Marais');
    expect(withFrenchPreposition('à', 'Marais')).toBe('au Marais');
    expect(withFrenchPreposition('de', 'Faubourg-Montmartre')).toBe('du Faubourg-Montmartre');
  });

  it('elides before a vowel or a mute h, accented or not', () => {
    expect(withFrenchPreposition('de', 'Arsenal')).toBe('de l’Arsenal');
    expect(withFrenchPreposition('à', 'Arsenal')).toBe('à l’Arsenal');
    expect(withFrenchPreposition('de', 'École-Militaire')).toBe('de l’École-Militaire');
    expect(withFrenchPreposition('de', 'Ecole-Militaire')).toBe('de l’Ecole-Militaire');
    expect(withFrenchPreposition('dans', 'Hôpital-Saint-Louis')).toBe('dans l’Hôpital-Saint-Louis');
    expect(withFrenchPreposition('de', 'Auteuil')).toBe('d’Auteuil');
  });

  it('keeps les whole before a vowel: « des Épinettes », « aux Enfants-Rouges »', () => {
    expect(withFrenchPreposition('de', 'Épinettes')).toBe('des Épinettes');
    expect(withFrenchPreposition('à', 'Epinettes')).toBe('aux Epinettes');
    expect(withFrenchPreposition('à', 'Enfants-Rouges')).toBe('aux Enfants-Rouges');
    expect(withFrenchPreposition('dans', 'Halles')).toBe('dans les Halles');
  });

  it('uses la as it is', () => {
    expect(withFrenchPreposition('de', 'Goutte-d’Or')).toBe('de la Goutte-d’Or');
    expect(withFrenchPreposition('à', 'Villette')).toBe('à la Villette');
    expect(withFrenchPreposition('dans', 'Roquette')).toBe('dans la Roquette');
  });

  it('reads an article written in the name', () => {
    expect(withFrenchPreposition('de', 'La Chapelle')).toBe('de la Chapelle');
    expect(withFrenchPreposition('à', 'Les Chalets / Bayard / Belfort')).toBe('aux Chalets / Bayard / Belfort');
    expect(withFrenchPreposition('de', 'Le Busca')).toBe('du Busca');
    expect(withFrenchPreposition('de', 'L’Isle')).toBe('de l’Isle');
  });

  it('gives towns, people and saints no article, and « à » rather than « dans »', () => {
    expect(withFrenchPreposition('de', 'Belleville')).toBe('de Belleville');
    expect(withFrenchPreposition('dans', 'Belleville')).toBe('à Belleville');
    expect(withFrenchPreposition('à', 'Saint-Georges')).toBe('à Saint-Georges');
    expect(withFrenchPreposition('de', 'Sainte-Avoie')).toBe('de Sainte-Avoie');
  });
});
