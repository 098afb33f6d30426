// An orphaned claim's suggested place (src/ui/claim-card): the same words in another context,
// which the anchoring never settles by itself; the user re-attaches the claim there or not.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createAnchorContext,
  locateAnchor,
  type AnchorContext,
  type AnchorMatch,
} from '../../domain/anchoring/anchor';
import { sliceCodePoints } from '../../domain/text/code-points';
import type { Claim } from '../../domain/types';

/** Characters of the text shown on each side of the suggested words. */
const CONTEXT = 30;

let prepared: { text: string; context: AnchorContext } | undefined;

/** The prepared text, shared by every suggestion of the article shown. */
function contextOf(text: string): AnchorContext {
  if (prepared?.text !== text) prepared = { text, context: createAnchorContext(text) };
  return prepared.context;
}

/**
 * Where an orphan's words stand now: the locator's suggestion, or for a claim orphaned in edit
 * mode (never located again by itself) its anchor located now, offered rather than applied.
 */
function suggestionFor(text: string, claim: Claim, match: AnchorMatch) {
  if (match.suggestion) return match.suggestion;
  if (!claim.orphanedAt) return undefined;
  const found = locateAnchor(contextOf(text), claim.anchor);
  if (found.suggestion) return found.suggestion;
  return found.status === 'orphaned' ? undefined : { start: found.start, end: found.end };
}

/** An orphaned claim's suggested place, with the button that re-attaches it there. */
export function AnchorSuggestion(props: {
  claim: Claim;
  match: AnchorMatch;
  text: string;
  attach: (id: string, start: number, end: number) => void;
}) {
  const { claim, match, text, attach } = props;
  const { t } = useTranslation();
  const place = useMemo(() => suggestionFor(text, claim, match), [text, claim, match]);
  if (!place) return null;
  const before = sliceCodePoints(text, Math.max(0, place.start - CONTEXT), place.start);
  const words = sliceCodePoints(text, place.start, place.end);
  const after = sliceCodePoints(text, place.end, place.end + CONTEXT);
  return (
    <div className="claim-review-placement" role="note">
      <p>
        {t('The same words are elsewhere in the text, in another context:')}{' '}
        <q>
          …{before}
          <mark>{words}</mark>
          {after}…
        </q>
      </p>
      <div className="placement-actions">
        <button
          type="button"
          className="button small"
          onClick={() => attach(claim.id, place.start, place.end)}
        >
          {t('Attach here')}
        </button>
      </div>
    </div>
  );
}
