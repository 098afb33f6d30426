/**
 * Fixture articles for the anchoring corpus (French and English, with the typography that
 * articles carry: ’ « » U+00A0, U+202F, accents) and a live blog of 40 near-identical entries.
 */

/** A French article: paragraphs separated by blank lines, NBSP before ; : ! ? and inside « ». */
export const FRENCH_ARTICLE = [
  'Le ministre de l’Économie a affirmé mardi que la dette publique avait baissé de 2\u00a0% en un an. Selon lui, cette baisse s’explique par la reprise de l’activité et par la fin des aides exceptionnelles.',
  'Les chiffres de l’Insee racontent pourtant une autre histoire\u00a0: la dette a augmenté de 1,3\u00a0point sur la même période. L’institut précise que les recettes fiscales ont reculé au deuxième trimestre.',
  '«\u00a0Nous n’avons jamais promis une baisse immédiate\u00a0», a nuancé une conseillère du ministère. Elle ajoute que les prévisions seront révisées à l’automne, comme chaque année.',
  'Le rapporteur général du budget, interrogé par nos soins, juge la déclaration «\u00a0prématurée\u00a0». Il rappelle que la Cour des comptes a émis des réserves sur la trajectoire des finances publiques.',
  'Dans l’opposition, plusieurs députés réclament une commission d’enquête sur la sincérité des comptes. Le gouvernement n’a pas répondu à cette demande, mais il promet la transparence.',
  'À Bruxelles, la Commission européenne surveille la situation de près\u202f; elle publiera ses recommandations en juin. Un haut fonctionnaire évoque une procédure pour déficit excessif.',
  'Les économistes que nous avons consultés sont partagés sur les causes de l’écart. Pour certains, l’inflation a gonflé mécaniquement les recettes, ce qui masque la hausse des dépenses.',
  'En conclusion, la baisse annoncée par le ministre n’est pas confirmée par les données disponibles. Nous avons contacté son cabinet, qui n’a pas souhaité commenter ces chiffres.',
].join('\n\n');

/** An English article with curly quotes, an em dash and a few accented names. */
export const ENGLISH_ARTICLE = [
  'The mayor said on Tuesday that crime in the city had fallen by a third since she took office. Her office pointed to the new community policing programme as the main reason for the drop.',
  'Police records tell a different story: reported burglaries rose by 12 percent over the same period. The department’s own annual report notes that fewer officers were on patrol at night.',
  '“We never claimed the numbers would fall overnight,” a spokesperson for the mayor told us. She added that the figures would be reviewed by an independent panel in the autumn.',
  'José Martínez, a criminologist at the state university, called the claim “premature at best.” He said that changes in how crimes are recorded make comparisons across years unreliable.',
  'Several council members have asked for a public hearing on the crime statistics. The mayor’s office has not responded to that request, but it promised full transparency.',
  'Across the river, the neighbouring county reported a similar rise in property crime — a trend that experts link to the end of pandemic support payments for low-income families.',
  'The researchers we spoke to disagree about the causes of the gap. Some argue that a change in reporting software inflated the earlier figures, which hides the real trend.',
  'In short, the fall the mayor announced is not supported by the available data. We contacted her office, which declined to comment on the figures before publication.',
].join('\n\n');

const PLACES = ['Lyon', 'Lille', 'Nantes', 'Rennes', 'Nice', 'Metz', 'Dijon', 'Brest'];
const VERBS = ['confirme', 'annonce', 'indique', 'précise', 'rapporte'];
const MOODS = ['dans le calme', 'sans incident', 'sous la pluie'];
const SOURCES = ['selon la police', 'selon les syndicats'];

/**
 * A live blog of 40 entries that repeat the same paragraph with small variations (an hour, a
 * city, a figure, a verb): the look-alikes that a claim's quote must not jump to.
 */
export const LIVE_BLOG = Array.from({ length: 40 }, (_, i) => {
  const hour = `${String(8 + Math.floor(i / 4)).padStart(2, '0')}\u00a0h\u00a0${String((i % 4) * 15).padStart(2, '0')}`;
  const place = PLACES[i % PLACES.length]!;
  const verb = VERBS[(i * 3) % VERBS.length]!;
  return `${hour} — La préfecture de ${place} ${verb} que ${120 + i * 7} manifestants ont défilé ${MOODS[i % 3]} ce matin. Les organisateurs en revendiquent ${400 + i * 11}, un écart habituel ${SOURCES[i % 2]}.`;
}).join('\n\n');

/** Every fixture article by name. */
export const FIXTURES: Record<string, string> = {
  french: FRENCH_ARTICLE,
  english: ENGLISH_ARTICLE,
  'live blog': LIVE_BLOG,
};
