// The seedable PRNG and the French-like article text that bench/generate.mjs builds its inputs on.

/** Mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

/** A UUID (v4 layout) drawn from the PRNG, so that ids are stable between runs. */
export function uuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const NBSP = '\u00a0';

const SUBJECTS = [
  'Le gouvernement',
  'La ministre de la Santé',
  'Le président de la région',
  'Le maire de Lyon',
  'La préfecture',
  'Le rapport de la Cour des comptes',
  'L’Insee',
  'Le syndicat des enseignants',
  'La députée de la Gironde',
  'Le porte-parole de l’Élysée',
  'Une étude publiée jeudi',
  'Le directeur général de l’hôpital',
  'Les élus de l’opposition',
  'La Commission européenne',
  'Le conseil municipal',
  'Selon l’Agence de l’eau, la fédération',
];
const VERBS = [
  'a affirmé',
  'a déclaré',
  'a rappelé',
  'a estimé',
  'a précisé',
  'assure',
  'conteste',
  'reconnaît',
  'a annoncé',
  'soutient',
  'a répété',
  'indique',
];
const CLAUSES = [
  'que les dépenses de santé ont augmenté de {pct} depuis {year}',
  'que le chômage des jeunes a baissé de {pct} en un an',
  'qu’il n’y a jamais eu autant de médecins formés en France',
  'que la réforme coûtera {money} d’ici {year}',
  'que {num} logements sociaux ont été construits l’année dernière',
  'que le prix de l’électricité restera stable jusqu’en {year}',
  'que les écoles rurales ferment à un rythme inédit',
  'que la dette publique dépasse désormais {money}',
  'que la fréquentation des urgences a progressé de {pct}',
  'que les émissions de CO2 du secteur ont reculé de {pct} depuis {year}',
  'que {num} élèves ont quitté l’enseignement privé cette année',
  'que la région a reçu {money} de fonds européens',
  'qu’aucune hausse d’impôts n’est prévue avant {year}',
  'que la délinquance a diminué dans les quartiers prioritaires',
  'que les salaires ont progressé plus vite que l’inflation',
  'que le budget de la culture a été réduit de {pct}',
];
const TAILS = [
  'lors d’une conférence de presse',
  'dans un entretien au quotidien régional',
  'devant la commission des finances',
  'sur le plateau d’une chaîne d’information',
  'à l’issue du conseil des ministres',
  'dans un communiqué publié mardi',
  'au micro d’une radio nationale',
  'en marge d’un déplacement à Marseille',
];
const CONNECTORS = [
  'Pourtant,',
  'Cependant,',
  'Par ailleurs,',
  'De son côté,',
  'En revanche,',
  'Dans le même temps,',
  'Selon nos informations,',
  'À l’inverse,',
];
const REMARKS = [
  'Ces chiffres, repris par plusieurs élus, ne figurent pas dans le rapport annuel',
  'Les données de l’Insee montrent une évolution beaucoup plus modeste',
  'Aucune source officielle ne confirme ce montant à ce jour',
  'Le ministère n’a pas répondu à nos questions sur ce point précis',
  'L’écart s’explique en partie par un changement de méthode de calcul',
  'Les associations de patients dénoncent une présentation trompeuse des faits',
  'La comparaison porte sur des périodes qui ne sont pas équivalentes',
  'Le document budgétaire évoque pourtant une baisse des crédits',
];

function fill(template, random) {
  return template
    .replace('{pct}', `${random.int(2, 48)},${random.int(0, 9)}${NBSP}%`)
    .replace('{year}', String(random.int(2012, 2030)))
    .replace('{money}', `${random.int(2, 95)}${NBSP}milliards d’euros`)
    .replace(
      '{num}',
      `${random.int(10, 990)}${NBSP}${String(random.int(0, 999)).padStart(3, '0')}`,
    );
}

const capitalize = (text) => text[0].toUpperCase() + text.slice(1);

function sentence(random) {
  const roll = random();
  if (roll < 0.45) {
    const quote = random() < 0.3;
    const clause = fill(random.pick(CLAUSES), random);
    const body = quote
      ? `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(TAILS)} : «${NBSP}${capitalize(clause.replace(/^(que |qu’)/, ''))}${NBSP}»`
      : `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(TAILS)} ${clause}`;
    return `${body}.`;
  }
  if (roll < 0.75) return `${random.pick(CONNECTORS)} ${random.pick(REMARKS).toLowerCase()}.`;
  return `${random.pick(REMARKS)}, ${random.pick(TAILS)}.`;
}

/**
 * The paragraphs of the article: ~`paragraphs` of them, ~`chars` characters in all, made of
 * `sentence(random)` (French by default).
 */
export function makeParagraphs({
  seed = 2026,
  paragraphs = 400,
  chars = 200_000,
  sentence: makeSentence = sentence,
} = {}) {
  const random = rng(seed);
  // The "\n\n" separators count too, and the last sentence overshoots the target by ~60 on average.
  const mean = chars / paragraphs - 2 - 60;
  const out = [];
  for (let i = 0; i < paragraphs; i++) {
    const target = Math.round(mean * (0.5 + random()));
    let text = '';
    while (text.length < target) text += (text ? ' ' : '') + makeSentence(random);
    out.push(text.normalize('NFC'));
  }
  return out;
}
