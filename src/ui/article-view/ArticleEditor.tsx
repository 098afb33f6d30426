// The article view (src/ui/article-view), a part: the one tiptap host and what sits on it
// (highlights, toolbar, minimap, claim focus).
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trimRange } from '../../domain/anchoring/describe-anchor';
import type { FindMatch } from '../../domain/text/find';
import type { Article, Claim, Verdict } from '../../domain/types';
import { markForKey, type Mark } from '../../domain/claims/rating-scale';
import type { KeyChoice } from '../../domain/claims/verdict-keys';
import { useRatingScale } from '../live/use-rating-scale';
import { paintStyle, useRatingTints } from './rating-highlight';
import { articleExtensions } from '../../editor/article-schema';
import { ClaimTracker } from '../../editor/claim-tracker';
import { replaceDocument } from '../../editor/edit-session';
import type { TextEdit } from '../../domain/anchoring/text-edit';
import { HighlightPainter } from '../../editor/highlight-painter';
import { PositionMap } from '../../editor/position-map';
import { ReviewMode, VERDICT_KEY_EVENT } from '../../editor/review-mode';
import { useUiStore } from '../../store/ui-store';
import type { AnchoredClaim } from './anchored-claim';
import { paintedClaims } from './painted-claims';
import { ClaimFocus } from './ClaimFocus';
import { contentPoint, type ContentPoint } from './content-point';
import { Minimap } from './Minimap';
import { OverlapMenu } from './OverlapMenu';
import { SelectionToolbarHost } from './SelectionToolbarHost';
import { useEditSession } from './use-edit-session';
import { useFindHighlights } from './use-find-highlights';
import { usePrintHighlights } from './use-print-highlights';
import { useMinimapMarks } from './use-minimap-marks';
import './article-view.css';

interface Props {
  article: Article;
  anchored: AnchoredClaim[];
  /** The article's claims as stored, located or not. */
  claims: readonly Claim[];
  /** The text `anchored` was located in (it lags a moment behind a new text). */
  anchoredIn: string;
  /** Editing the text (claims follow it) rather than reviewing it. */
  editing: boolean;
  /** When a claim waits for new words: its verdict (the toolbar then offers "Attach here"). */
  attachVerdict: Verdict | null;
  /** The find box's matches (code points) and the current one (-1 for none). */
  findMatches: FindMatch[];
  findCurrent: number;
  /**
   * Marks words as a claim (or attaches the claim waiting for new words). `claimId` names a new
   * claim, painted at once; `done` says whether the write committed.
   */
  onCreateClaim: (
    start: number,
    end: number,
    mark: Mark,
  ) => { claimId: string | null; done: Promise<boolean> };
  onSelectClaim: (id: string) => void;
  /** Selects a claim and scrolls the article to it (the minimap). */
  onJumpToClaim: (id: string) => void;
  /** Persists an edited text; `first` is true for the first save of an editing session. */
  onSaveText: (edit: TextEdit, first: boolean) => Promise<void>;
}

/** How long a stored claim may stay painted as pending while the claims feed brings it. */
const PENDING_LIMIT_MS = 5000;

/** The editor's extensions: one array for every render (tiptap compares them by identity). */
const EXTENSIONS = [...articleExtensions, ReviewMode, ClaimTracker];

/** The claim selected now, read when needed rather than subscribed to (see ClaimFocus). */
const currentSelection = () => useUiStore.getState().selectedClaimId;

/**
 * The article in a tiptap view, with claims painted over it, a verdict toolbar and an edit mode.
 * Memoised, and free of the selection: each render makes tiptap set its options on the view
 * again, so selecting claims or words re-renders only ClaimFocus and the toolbar.
 */
export const ArticleEditor = memo(function ArticleEditor(props: Props) {
  const { article, anchored, editing } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [painter, setPainter] = useState<HighlightPainter | null>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [overlap, setOverlap] = useState<(ContentPoint & { claimIds: string[] }) | null>(null);
  const { t } = useTranslation();
  const scale = useRatingScale();
  useRatingTints(scale);

  const label = t('Article text');
  const lang = article.language === 'other' ? '' : article.language;
  // Kept as one object while the label and language stay: a new one each render would make
  // tiptap set the editor's props again.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang,
        class: 'article-text',
        spellcheck: 'false',
        // A touch screen shows no keyboard while the text is only read and marked.
        inputmode: editing ? 'text' : 'none',
      },
    }),
    [label, lang, editing],
  );
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: article.doc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // tiptap would inject a <style> element, which the Content-Security-Policy refuses;
    // article-view.css carries the rules the editor needs.
    injectCSS: false,
    // Applied again when it changes (tiptap compares the options), so the label follows the UI
    // language; the text keeps the article's own language.
    editorProps,
  });

  // The document the positions refer to; replaced when the text changes.
  const [doc, setDoc] = useState(() => editor.state.doc);
  // Positions are not followed while editing (see onDocChanged): catch up when editing ends.
  const [wasEditing, setWasEditing] = useState(editing);
  if (wasEditing !== editing) {
    setWasEditing(editing);
    if (!editing) setDoc(editor.state.doc);
  }
  const positions = useMemo(() => new PositionMap(doc), [doc]);

  const painted = useMemo(
    () => paintedClaims(anchored, positions, article.text, props.anchoredIn, scale),
    [anchored, positions, article.text, props.anchoredIn, scale],
  );

  const marks = useMinimapMarks(editor, positions, painted, editing);

  const toContent = (clientX: number, clientY: number): ContentPoint =>
    contentPoint(scrollerRef.current!, clientX, clientY);

  const createFromSelection = useEffectEvent((choice: KeyChoice) => {
    const mark = markForKey(choice, scale);
    if (!mark) return;
    const { from, to, empty } = editor.state.selection;
    if (empty || positions.text !== article.text) return;
    const range = trimRange(
      article.text,
      positions.offsetAt(from),
      positions.offsetAt(to),
      positions.index,
    );
    if (range.end <= range.start) return;
    const { claimId, done } = props.onCreateClaim(range.start, range.end, mark);
    // Painted in this very frame; the claim read back from the database takes over later.
    if (claimId && painter) {
      const from = positions.posAt(range.start);
      const to = positions.endPosAt(range.end);
      painter.paintPending({ id: claimId, ...paintStyle(mark, scale), from, to });
      // Once stored, the claim read back replaces it; if it never comes (deleted at once, by
      // an undo or another tab), the pending one must not stay painted.
      void done.then((saved) =>
        saved
          ? window.setTimeout(() => painter.forgetPending(claimId), PENDING_LIMIT_MS)
          : painter.forgetPending(claimId),
      );
    }
    editor.commands.setTextSelection(to);
  });

  const openClaimsAt = useEffectEvent((pos: number, clientX: number, clientY: number) => {
    const hits = painter?.claimsAt(pos) ?? [];
    if (hits.length === 1) props.onSelectClaim(hits[0]!.id);
    setOverlap(
      hits.length > 1
        ? { ...toContent(clientX, clientY + 8), claimIds: hits.map((h) => h.id) }
        : null,
    );
    return hits.length > 0;
  });

  useEffect(() => {
    if (!scrollerRef.current) return;
    const created = new HighlightPainter(editor.view, scrollerRef.current);
    setPainter(created);
    setScroller(scrollerRef.current);
    return () => created.destroy();
  }, [editor]);

  // The selection changes far more often than the claims: ClaimFocus repaints only that.
  useEffect(() => {
    if (!editing) painter?.setClaims(painted, currentSelection());
  }, [painter, painted, editing]);

  useEditSession({
    editor,
    painter,
    editing,
    anchored,
    claims: props.claims,
    scale,
    painted,
    selected: currentSelection,
    onReviewedDocChange: () => setDoc(editor.state.doc),
    onSaveText: props.onSaveText,
  });

  // Another tab changed the text while this one reviews it: show that text.
  useEffect(() => {
    if (!editing && positions.text !== article.text) replaceDocument(editor, article.doc);
  }, [article, editing, positions, editor]);

  useEffect(() => {
    const dom = editor.view.dom;
    const onVerdictKey = (e: Event) => createFromSelection((e as CustomEvent<KeyChoice>).detail);
    // A click (not the end of a drag that selects words) opens the claims under it, even while
    // an older selection is still in ProseMirror's state.
    let down = { x: 0, y: 0 };
    const onMouseDown = (e: MouseEvent) => {
      down = { x: e.clientX, y: e.clientY };
    };
    const onClick = (e: MouseEvent) => {
      if (Math.hypot(e.clientX - down.x, e.clientY - down.y) > 4 || e.detail > 1) return;
      const pos = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
      if (pos) openClaimsAt(pos.pos, e.clientX, e.clientY);
    };
    // Enter on a highlighted word opens its claim: the keyboard twin of a click.
    const onKeyDown = (e: KeyboardEvent) => {
      const { selection } = editor.state;
      if (e.key !== 'Enter' || !selection.empty || editing) return;
      const coords = editor.view.coordsAtPos(selection.from);
      if (openClaimsAt(selection.from, coords.left, coords.bottom)) e.preventDefault();
    };
    dom.addEventListener(VERDICT_KEY_EVENT, onVerdictKey);
    dom.addEventListener('mousedown', onMouseDown);
    dom.addEventListener('click', onClick);
    dom.addEventListener('keydown', onKeyDown, true);
    return () => {
      dom.removeEventListener(VERDICT_KEY_EVENT, onVerdictKey);
      dom.removeEventListener('mousedown', onMouseDown);
      dom.removeEventListener('click', onClick);
      dom.removeEventListener('keydown', onKeyDown, true);
    };
  }, [editor, editing]);

  usePrintHighlights(painter, scroller);
  useFindHighlights({
    editor,
    painter,
    scroller,
    positions,
    // The positions stay those of the text before editing (see onDocChanged): no matches then.
    text: editing ? '' : article.text,
    matches: props.findMatches,
    current: props.findCurrent,
  });

  return (
    <div className="article-area">
      <div className={`article-scroller${editing ? ' is-editing' : ''}`} ref={scrollerRef}>
        <div className="article-page">
          <EditorContent editor={editor} />
        </div>
        <SelectionToolbarHost
          editor={editor}
          scroller={scroller}
          editing={editing}
          attachVerdict={props.attachVerdict}
        />
        {overlap && (
          <OverlapMenu
            left={overlap.left}
            top={overlap.top}
            claims={overlap.claimIds
              .map((id) => anchored.find((a) => a.claim.id === id)?.claim)
              .filter((c) => c !== undefined)}
            onChoose={(id) => {
              setOverlap(null);
              props.onSelectClaim(id);
            }}
            onClose={() => setOverlap(null)}
          />
        )}
      </div>
      {!editing && (
        <Minimap
          marks={marks}
          scroller={scroller}
          page={scroller ? editor.view.dom : null}
          onJump={props.onJumpToClaim}
        />
      )}
      <ClaimFocus
        editor={editor}
        painter={painter}
        scroller={scroller}
        painted={painted}
        editing={editing}
      />
    </div>
  );
});
