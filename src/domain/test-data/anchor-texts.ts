/** Texts and anchors the anchoring tests start from (test-data/anchor-cases.ts edits them). */
import { describeAnchor } from '../anchoring/describe-anchor';
import { codePointLength } from '../text/code-points';
import type { Anchor } from '../types';

export const FR =
  "L'information est inexacte.\u00a0\"Bercy\" n'a pas demandé d'audit.\u00a0C'est Cloudwatt avec l'accord de son conseil de surveillance qui a demandé un audit pour faciliter la passation à un nouveau DG en cours de sélection.";
export const P2 =
  'Le ministère a publié un communiqué le 3 mars ; il n’y est pas question d’audit.';
export const P3 = 'Selon nos informations, l’audit a été commandé par Cloudwatt en janvier.';
export const FILLER = Array.from(
  { length: 30 },
  (_, i) => `Paragraphe ${i} sans rapport, où l’on parle d’autre chose à Paris.`,
).join('\n\n');
export const SAME = 'Le rapport n’a jamais été transmis au conseil.';
export const TWICE = `Selon le syndicat, ${SAME} Une source interne confirme pourtant l’inverse.\n\nSelon la direction, ${SAME} Elle ajoute qu’une copie existe.`;
export const BOILERPLATE = 'Publicité. Abonnez-vous à notre lettre d’information !\n\n';
export const DELETED =
  "C'est Cloudwatt avec l'accord de son conseil de surveillance qui a demandé un audit pour faciliter la passation à un nouveau DG en cours de sélection.";

/** The code point offset of the n-th occurrence of `quote` in `text`. */
export function codePointIndexOf(text: string, quote: string, occurrence = 0): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`${JSON.stringify(quote)} not in text`);
  return codePointLength(text.slice(0, at));
}

/** The anchor a fact-checker would create by selecting the n-th occurrence of `quote`. */
export function anchorOf(text: string, quote: string, occurrence = 0): Anchor {
  const start = codePointIndexOf(text, quote, occurrence);
  return describeAnchor(text, start, start + codePointLength(quote));
}

/** A text whose first copy of SAME lands exactly where the second copy used to be. */
export function copyAtOldOffsets(): string {
  const gap = codePointIndexOf(TWICE, SAME, 1) - codePointIndexOf(TWICE, SAME, 0);
  return 'Texte ajouté en tête. '.repeat(20).slice(0, gap) + TWICE;
}
