/**
 * A quartier's name after « de », « à » or « dans », as French says it: « des Archives »,
 * « aux Archives », « de l'Arsenal », « du Marais », « de Belleville », « à Belleville ».
 * Names are proper names: the article comes from the name's first word, a common noun when the
 * quartier is named after a place (la Chapelle, le Faubourg-Montmartre, les Épinettes); names
 * that are towns, people or saints take none (Belleville, Necker, Saint-Georges).
 */
export type FrenchPreposition = 'de' | 'à' | 'dans';
type Article = 'le' | 'la' | 'les' | null;

// First words (accents and case aside) that take an article, by the article they take.
const ARTICLES: Record<string, Article> = Object.fromEntries(
  (
    [
      ['le', 'arsenal bel capitole combat faubourg gros hopital jardin mail marais mirail odeon palais parc petit pont pere val busca'],
      ['la', 'amerique chapelle chaussee colonne ecole europe folie gare goutte madeleine maison monnaie muette place plaine porte roquette salpetriere sorbonne villette terrasse vache'],
      ['les', 'archives arenes arts batignolles chalets champs enfants epinettes grandes halles invalides minimes quinze ternes amidonniers pradettes'],
    ] as const
  ).flatMap(([article, words]) => words.split(' ').map((word) => [word, article])),
);

const ARTICLE_WORDS: Record<string, Article> = { le: 'le', la: 'la', les: 'les', "l'": 'le', 'l’': 'le' };
// An h that keeps the article whole: « la Halle », « le Haut-Pays ».
const ASPIRATED_H = new Set(['halles', 'halle', 'haut', 'hauts', 'hameau']);

const plain = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const firstWord = (name: string) => plain(name.split(/[\s\-/’']/)[0] ?? '');
const startsWithVowelSound = (name: string) => /^[aeiouy]/.test(plain(name)) || (/^h/.test(plain(name)) && !ASPIRATED_H.has(firstWord(name)));

/** The name's own article when it is written with one (« La Chapelle », « Les Chalets »), with the rest of the name. */
function writtenArticle(name: string): { article: Article; rest: string } | null {
  const match = name.match(/^(le|la|les)\s+(.+)$/i) ?? name.match(/^(l['’])\s*(.+)$/i);
  const article = match ? ARTICLE_WORDS[(match[1] ?? '').toLowerCase()] : undefined;
  return match && article ? { article, rest: match[2] ?? '' } : null;
}

const CONTRACTED: Record<'de' | 'à', Record<'le' | 'les', string>> = { de: { le: 'du', les: 'des' }, à: { le: 'au', les: 'aux' } };

export function withFrenchPreposition(preposition: FrenchPreposition, name: string): string {
  const trimmed = name.trim();
  const written = writtenArticle(trimmed);
  const rest = written?.rest ?? trimmed;
  const article = written ? written.article : (ARTICLES[firstWord(trimmed)] ?? null);
  // « dans » goes with an article (« dans le Marais »); a bare name takes « à » (« à Belleville »).
  if (!article) return preposition === 'de' ? (startsWithVowelSound(rest) ? `d’${rest}` : `de ${rest}`) : `à ${rest}`;
  const elided = article !== 'les' && startsWithVowelSound(rest);
  if (preposition === 'dans') return elided ? `dans l’${rest}` : `dans ${article} ${rest}`;
  if (elided) return `${preposition} l’${rest}`;
  return article === 'la' ? `${preposition} la ${rest}` : `${CONTRACTED[preposition][article]} ${rest}`;
}
