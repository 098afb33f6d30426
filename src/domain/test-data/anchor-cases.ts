/**
 * The table of edits that the anchoring tests locate claims through: each case is a text before
 * and after an edit, the quote selected before, and what it must land on after.
 */
import type { AnchorStatus } from '../types';
import {
  FR,
  P2,
  P3,
  FILLER,
  SAME,
  TWICE,
  BOILERPLATE,
  DELETED,
  copyAtOldOffsets,
} from './anchor-texts';

export interface LocateCase {
  name: string;
  before: string;
  quote: string;
  occurrence?: number;
  after: string;
  status: AnchorStatus;
  /** What the claim should cover in `after` (null for an orphan) and which occurrence. */
  found: string | null;
  foundOccurrence?: number;
  /** What an orphan's suggestion should cover in `after` (its first occurrence). */
  suggestion?: string;
}

export const nfd = (text: string): string => text.normalize('NFD');
export const curly = (text: string): string => text.replace(/'/g, '’');

export const CASES: LocateCase[] = [
  // Stage 1: still at the stored offsets.
  {
    name: 'an unchanged text',
    before: FR,
    quote: "n'a pas demandé d'audit",
    after: FR,
    status: 'exact',
    found: "n'a pas demandé d'audit",
  },
  {
    name: 'French accents',
    before: FR,
    quote: 'la passation à un nouveau DG en cours de sélection',
    after: FR,
    status: 'exact',
    found: 'la passation à un nouveau DG en cours de sélection',
  },
  {
    name: 'NFD text, NFC quote, same offsets',
    before: FR,
    quote: "L'information est inexacte",
    after: nfd(FR),
    status: 'exact',
    found: "L'information est inexacte",
  },
  {
    name: 'NBSP turned into a space',
    before: FR,
    quote: 'inexacte.\u00a0"Bercy" n\'a',
    after: FR.replace(/\u00a0/g, ' '),
    status: 'exact',
    found: 'inexacte. "Bercy" n\'a',
  },
  {
    name: 'NBSP turned into a narrow NBSP',
    before: FR,
    quote: 'inexacte.\u00a0"Bercy" n\'a',
    after: FR.replace(/\u00a0/g, '\u202f'),
    status: 'exact',
    found: 'inexacte.\u202f"Bercy" n\'a',
  },
  {
    name: 'straight quote, curly text',
    before: FR,
    quote: "n'a pas demandé d'audit",
    after: curly(FR),
    status: 'exact',
    found: 'n’a pas demandé d’audit',
  },
  {
    name: 'curly quote, straight text',
    before: curly(FR),
    quote: 'n’a pas demandé d’audit',
    after: FR,
    status: 'exact',
    found: "n'a pas demandé d'audit",
  },
  {
    name: 'an emoji inside the quote',
    before: `Réaction 😀 : ${FR}`,
    quote: "😀 : L'information",
    after: `Réaction 😀 : ${FR}`,
    status: 'exact',
    found: "😀 : L'information",
  },
  {
    name: 'a 3-char quote in place',
    before: FR,
    quote: 'qui',
    after: FR,
    status: 'exact',
    found: 'qui',
  },
  // Stage 2: the same words elsewhere.
  {
    name: 'NFD text, NFC quote, shifted',
    before: FR,
    quote: 'qui a demandé un audit',
    after: nfd(FR),
    status: 'moved',
    found: nfd('qui a demandé un audit'),
  },
  {
    name: 'NFD quote, NFC text',
    before: nfd(FR),
    quote: nfd('conseil de surveillance qui a demandé'),
    after: FR,
    status: 'moved',
    found: 'conseil de surveillance qui a demandé',
  },
  {
    name: 'an emoji added before the quote',
    before: FR,
    quote: "C'est Cloudwatt",
    after: `😀 ${FR}`,
    status: 'moved',
    found: "C'est Cloudwatt",
  },
  {
    name: 'boilerplate removed before the claim',
    before: BOILERPLATE + FR,
    quote: "C'est Cloudwatt avec l'accord",
    after: FR,
    status: 'moved',
    found: "C'est Cloudwatt avec l'accord",
  },
  {
    name: 'a paragraph moved',
    before: [FR, P2, P3].join('\n\n'),
    quote: "Cloudwatt avec l'accord de son conseil",
    after: [P2, P3, FR].join('\n\n'),
    status: 'moved',
    found: "Cloudwatt avec l'accord de son conseil",
  },
  {
    name: 'whitespace collapsed',
    before: FR.replace("d'audit.\u00a0C'est", "d'audit.\n\n   C'est"),
    quote: "demandé d'audit.\n\n   C'est Cloudwatt",
    after: FR,
    status: 'moved',
    found: "demandé d'audit.\u00a0C'est Cloudwatt",
  },
  {
    name: 'NBSP widened to spaces',
    before: FR,
    quote: "\"Bercy\" n'a pas demandé d'audit.\u00a0C'est",
    after: FR.replace('inexacte.\u00a0', 'inexacte.   '),
    status: 'moved',
    found: "\"Bercy\" n'a pas demandé d'audit.\u00a0C'est",
  },
  {
    // Neither side of the context agrees: the same words in another sentence, only offered.
    name: 'the same words amid rewritten context',
    before: FR,
    quote: "Cloudwatt avec l'accord de son conseil",
    after: FR.replace("demandé d'audit.\u00a0C'est", 'dit, selon eux, que').replace(
      ' de surveillance qui a demandé un audit',
      ', lequel a exigé une expertise',
    ),
    status: 'orphaned',
    found: null,
    suggestion: "Cloudwatt avec l'accord de son conseil",
  },
  {
    name: 'a 3-char quote moved with its context',
    before: BOILERPLATE + FR,
    quote: 'qui',
    after: FR,
    status: 'moved',
    found: 'qui',
  },
  {
    name: 'the same sentence twice (second)',
    before: TWICE,
    quote: SAME,
    occurrence: 1,
    after: `Mise à jour. ${TWICE}`,
    status: 'moved',
    found: SAME,
    foundOccurrence: 1,
  },
  {
    name: 'the same sentence twice (first)',
    before: TWICE,
    quote: SAME,
    after: `${BOILERPLATE}${TWICE}`,
    status: 'moved',
    found: SAME,
    foundOccurrence: 0,
  },
  {
    name: 'a copy landed at the old offsets',
    before: TWICE,
    quote: SAME,
    occurrence: 1,
    after: copyAtOldOffsets(),
    status: 'moved',
    found: SAME,
    foundOccurrence: 1,
  },
  // Stage 3: fuzzy.
  {
    name: 'a typo fixed inside the quote',
    before: FR.replace('surveillance', 'survelliance'),
    quote: "l'accord de son conseil de survelliance qui a demandé",
    after: FR,
    status: 'approximate',
    found: "l'accord de son conseil de surveillance qui a demandé",
  },
  {
    name: 'a quote edited in place while a copy survives elsewhere',
    before: TWICE,
    quote: SAME,
    occurrence: 1,
    after: TWICE.replace(`direction, ${SAME}`, `direction, ${SAME.replace('jamais', 'pas')}`),
    status: 'approximate',
    found: SAME.replace('jamais', 'pas'),
  },
  {
    name: 'straight quotes turned into guillemets',
    before: FR,
    quote: '"Bercy" n\'a pas demandé d\'audit',
    after: FR.replace('"Bercy"', '«\u00a0Bercy\u00a0»'),
    // Guillemets with their inner spaces fold like straight quotes: the same words, moved.
    status: 'moved',
    found: "«\u00a0Bercy\u00a0» n'a pas demandé d'audit",
  },
  {
    name: 'a typo fixed in a paragraph moved far away',
    before: [FR.replace('passation', 'pasation'), FILLER, P2].join('\n\n'),
    quote: 'faciliter la pasation à un nouveau DG',
    after: [P2, FILLER, FR].join('\n\n'),
    status: 'approximate',
    found: 'faciliter la passation à un nouveau DG',
  },
  // Stage 4: orphans.
  {
    name: 'a 3-char quote changed',
    before: FR,
    quote: 'qui',
    after: FR.replace('qui', 'que'),
    status: 'orphaned',
    found: null,
  },
  {
    name: 'a 3-char quote whose words survive elsewhere only',
    before: FR,
    quote: 'est',
    after: FR.replace("L'information est inexacte.\u00a0", ''),
    status: 'orphaned',
    found: null,
  },
  {
    name: 'a quote deleted entirely',
    before: FR,
    quote: 'qui a demandé un audit pour faciliter',
    after: FR.replace(DELETED, ''),
    status: 'orphaned',
    found: null,
  },
  {
    name: 'a quote rewritten',
    before: FR,
    quote: 'pour faciliter la passation à un nouveau DG',
    after: FR.replace(
      'pour faciliter la passation à un nouveau DG',
      'afin de préparer l’arrivée d’une nouvelle direction',
    ),
    status: 'orphaned',
    found: null,
  },
  {
    name: 'a whitespace-only quote',
    before: FR,
    quote: '\u00a0',
    after: 'Autre texte',
    status: 'orphaned',
    found: null,
  },
];
