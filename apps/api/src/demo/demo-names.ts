/**
 * Names the demo city's people are given: common in France today, spelt as their bearers write
 * them (accents, particles, « Le » and « Da » of Breton and Portuguese names), never in capitals.
 */
export const FIRST_NAMES: readonly string[] = [
  'Hélène', 'Chloé', 'Léa', 'Zoé', 'Inès', 'Anaïs', 'Noémie', 'Maëlle', 'Océane', 'Mathilde', 'Camille', 'Léonie',
  'Manon', 'Élodie', 'Émilie', 'Amélie', 'Cécile', 'Agnès', 'Françoise', 'Geneviève', 'Béatrice', 'Éléonore', 'Clémence', 'Salomé',
  'Yasmine', 'Fatoumata', 'Aïcha', 'Nadia', 'Thérèse', 'Renée', 'Nathalie', 'Sophie', 'Isabelle', 'Sylvie', 'Claire', 'Julie',
  'Marie', 'Lucie', 'Sarah', 'Juliette', 'Margaux', 'Pauline', 'Alice', 'Céline', 'Mélanie', 'Linh', 'Soraya', 'Joséphine',
  'Jérôme', 'Stéphane', 'Frédéric', 'Sébastien', 'Grégoire', 'Benoît', 'François', 'Théo', 'Léo', 'Noé', 'Mathéo', 'Raphaël',
  'Gaël', 'Joël', 'Hervé', 'André', 'Rémi', 'Jérémie', 'Émile', 'Étienne', 'Loïc', 'Mehdi', 'Youssef', 'Moussa',
  'Thomas', 'Lucas', 'Hugo', 'Antoine', 'Pierre', 'Julien', 'Nicolas', 'Paul', 'Louis', 'Arthur', 'Jules', 'Baptiste',
  'Quentin', 'Maxime', 'Bruno', 'Olivier', 'Cédric', 'Anh', 'Samir', 'Adrien', 'Gérard', 'Michel', 'Désiré', 'Amadou',
];

export const SURNAMES: readonly string[] = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre',
  'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
  'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine',
  'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier',
  'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand', 'Dufour', 'Blanchard',
  'Rivière', 'Barbier', 'Brunet', 'Rémy', 'Prévost', 'Lévêque', 'Ménard', 'Bénard', 'Maréchal', 'Barthélemy', 'Étienne', 'Léger',
  'Le Gall', 'Le Goff', 'Le Roux', 'Le Bihan', 'Da Silva', 'Dos Santos', 'de La Fontaine', 'de Villiers', "d'Almeida", 'du Pré',
  'Tran', 'Benali', 'Haddad', 'Diallo', 'Traoré', "N'Diaye", 'Ben Ahmed', 'Mendès', 'Kaya', 'Cissé', 'Pham', 'Bouzid',
];
