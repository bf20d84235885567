/**
 * The published boundary files spell some quartiers without their accents (« Epinettes »), with
 * an abbreviation (« St-Germain-l'Auxerrois ») or a stray tag (« Javel 15Art »), and Toulouse's
 * with uneven spaces around its slashes. Their French names, by city and name as published;
 * a name not listed is already right. Applied on import, and by a migration to what was imported before.
 */
export const QUARTIER_NAME_FIXES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Paris: {
    "St-Germain-l'Auxerrois": "Saint-Germain-l'Auxerrois",
    'Arts-et-Metiers': 'Arts-et-Métiers',
    'Val-de-Grace': 'Val-de-Grâce',
    Odeon: 'Odéon',
    'Ecole-Militaire': 'École-Militaire',
    'Champs-Elysées': 'Champs-Élysées',
    'Javel 15Art': 'Javel',
    'Plaine de Monceaux': 'Plaine-de-Monceaux',
    Epinettes: 'Épinettes',
  },
  Toulouse: {
    'Fontaine-Lestang/Arènes/Bagatelle/Papus/Tabar/Bordelongue/Mermoz /La Faourette':
      'Fontaine-Lestang / Arènes / Bagatelle / Papus / Tabar / Bordelongue / Mermoz / La Faourette',
    'Mirail -Université / Reynerie / Bellefontaine': 'Mirail-Université / Reynerie / Bellefontaine',
    'Pont des Demoiselles / Ormeau/ Montaudran / La Terrasse / Malepère': 'Pont des Demoiselles / Ormeau / Montaudran / La Terrasse / Malepère',
    'Saint-Michel /  Saint-Agne / Empalot / Le Busca / Île du Ramier / Montplaisir': 'Saint-Michel / Saint-Agne / Empalot / Le Busca / Île du Ramier / Montplaisir',
  },
};

/** The quartier's French name for a name as published in its city's boundary file. */
export function frenchQuartierName(city: string, published: string): string {
  return QUARTIER_NAME_FIXES[city]?.[published] ?? published;
}
