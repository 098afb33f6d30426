import type { Transaction } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trimRange } from '../domain/anchor';
import type { FindMatch } from '../domain/find';
import type { Article, Verdict } from '../domain/types';
import { articleExtensions } from '../editor/article-schema';
import {
  ClaimTracker,
  trackClaims,
  trackedRanges,
  type TrackedRange,
} from '../editor/claim-tracker';
import { collectTextEdit, replaceDocument, type TextEdit } from '../editor/edit-session';
import { BlockLayout } from '../editor/block-layout';
import { HighlightPainter, type PaintedClaim } from '../editor/highlight-painter';
import { PositionMap } from '../editor/position-map';
import { ReviewMode, VERDICT_KEY_EVENT, reviewModeKey } from '../editor/review-mode';
import type { AnchoredClaim } from './anchored-claim';
import { Minimap } from './Minimap';
import { OverlapMenu } from './OverlapMenu';
import { SelectionToolbar } from './SelectionToolbar';

interface Props {
  article: Article;
  anchored: AnchoredClaim[];
  selectedClaimId: string | null;
  scrollRequest: number;
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
    verdict: Verdict,
  ) => { claimId: string | null; done: Promise<boolean> };
  onSelectClaim: (id: string) => void;
  /** Selects a claim and scrolls the article to it (the minimap). */
  onJumpToClaim: (id: string) => void;
  /** Persists an edited text; `first` is true for the first save of an editing session. */
  onSaveText: (edit: TextEdit, first: boolean) => Promise<void>;
}

/** A point inside the scroller's content (so that it scrolls with the text). */
interface ContentPoint {
  left: number;
  top: number;
}

const SAVE_DELAY_MS = 500;

/** The article in a tiptap view, with claims painted over it, a verdict toolbar and an edit mode. */
export function ArticleEditor(props: Props) {
  const { article, anchored, selectedClaimId, scrollRequest, editing } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [painter, setPainter] = useState<HighlightPainter | null>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [toolbar, setToolbar] = useState<ContentPoint | null>(null);
  const [overlap, setOverlap] = useState<(ContentPoint & { claimIds: string[] }) | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  const savedInSession = useRef(false);
  const { t } = useTranslation();

  const editor = useEditor({
    extensions: [...articleExtensions, ReviewMode, ClaimTracker],
    content: article.doc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // tiptap would inject a <style> element, which the Content-Security-Policy refuses;
    // styles.css carries the rules the editor needs.
    injectCSS: false,
    // Applied again at each render (tiptap compares the options), so the label follows the UI
    // language; the text keeps the article's own language.
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('Article text'),
        lang: article.language === 'other' ? '' : article.language,
        class: 'article-text',
        spellcheck: 'false',
      },
    },
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
  const verdictOf = useMemo(
    () => new Map(anchored.map((a) => [a.claim.id, a.claim.verdict])),
    [anchored],
  );

  const painted = useMemo<PaintedClaim[]>(
    () =>
      // Positions are only meaningful while the editor shows the text the claims were anchored in.
      positions.text !== article.text
        ? []
        : anchored
            .filter((a) => a.match.status !== 'orphaned')
            .map(({ claim, match }) => ({
              id: claim.id,
              verdict: claim.verdict,
              from: positions.posAt(match.start),
              to: positions.endPosAt(match.end),
            })),
    [anchored, positions, article.text],
  );

  // Block geometry for the minimap, re-measured when the article's size changes.
  const [layoutVersion, setLayoutVersion] = useState(0);
  const layout = useMemo(
    () => (layoutVersion > 0 && !editing ? new BlockLayout(editor.view, positions) : null),
    [editor, positions, layoutVersion, editing],
  );
  const marks = useMemo(
    () =>
      layout
        ? painted.map((c) => ({ id: c.id, verdict: c.verdict, at: layout.fractionAt(c.from) }))
        : [],
    [layout, painted],
  );

  useEffect(() => {
    const observer = new ResizeObserver(() => setLayoutVersion((v) => v + 1));
    observer.observe(editor.view.dom);
    return () => observer.disconnect();
  }, [editor]);

  const toContent = (clientX: number, clientY: number): ContentPoint => {
    const scroller = scrollerRef.current!;
    const box = scroller.getBoundingClientRect();
    return { left: clientX - box.left, top: clientY - box.top + scroller.scrollTop };
  };

  const createFromSelection = useEffectEvent((verdict: Verdict) => {
    const { from, to, empty } = editor.state.selection;
    if (empty || positions.text !== article.text) return;
    const range = trimRange(
      article.text,
      positions.offsetAt(from),
      positions.offsetAt(to),
      positions.index,
    );
    if (range.end <= range.start) return;
    const { claimId, done } = props.onCreateClaim(range.start, range.end, verdict);
    // Painted in this very frame; the claim read back from the database takes over later.
    if (claimId && painter) {
      const from = positions.posAt(range.start);
      const to = positions.endPosAt(range.end);
      painter.paintPending({ id: claimId, verdict, from, to });
      void done.then((saved) => saved || painter.forgetPending(claimId));
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

  const placeToolbar = useEffectEvent(() => {
    const { to, empty } = editor.state.selection;
    if (empty || !editor.isFocused || editing) return setToolbar(null);
    const coords = editor.view.coordsAtPos(to);
    setToolbar(toContent(coords.left, coords.bottom + 6));
  });

  const paintTracked = useEffectEvent(() => {
    const claims: PaintedClaim[] = [];
    for (const [id, range] of trackedRanges(editor.state)) {
      const verdict = verdictOf.get(id);
      if (range && verdict) claims.push({ id, verdict, ...range });
    }
    painter?.setClaims(claims, selectedClaimId);
  });

  const saveNow = useEffectEvent(async () => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    const first = !savedInSession.current;
    savedInSession.current = true;
    await props.onSaveText(collectTextEdit(editor), first);
  });

  const onDocChanged = useEffectEvent(({ transaction }: { transaction: Transaction }) => {
    // While editing, positions and the minimap wait until editing ends: rebuilding them (and
    // measuring every block) at each keystroke would cost more than the keystroke itself.
    if (!editing) return setDoc(editor.state.doc);
    painter?.follow(transaction);
    paintTracked();
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  });

  useEffect(() => {
    if (!scrollerRef.current) return;
    const created = new HighlightPainter(editor.view, scrollerRef.current);
    setPainter(created);
    setScroller(scrollerRef.current);
    return () => created.destroy();
  }, [editor]);

  useEffect(() => {
    if (!editing) painter?.setClaims(painted, selectedClaimId);
  }, [painter, painted, selectedClaimId, editing]);

  // Entering edit mode: track every painted claim (and the orphans) from here on.
  const switchMode = useEffectEvent((next: boolean) => {
    let tr = editor.state.tr.setMeta(reviewModeKey, { editing: next });
    if (next) {
      const ranges = new Map<string, TrackedRange>(anchored.map((a) => [a.claim.id, null]));
      for (const claim of painted) ranges.set(claim.id, { from: claim.from, to: claim.to });
      tr = trackClaims(tr, ranges);
      savedInSession.current = false;
    } else if (saveTimer.current !== undefined) {
      void saveNow();
    }
    editor.view.dispatch(tr);
    if (next) editor.commands.focus();
  });

  useEffect(() => {
    switchMode(editing);
  }, [editing]);

  // Another tab changed the text while this one reviews it: show that text.
  useEffect(() => {
    if (!editing && positions.text !== article.text) replaceDocument(editor, article.doc);
  }, [article, editing, positions, editor]);

  useEffect(() => {
    const dom = editor.view.dom;
    const onVerdictKey = (e: Event) => createFromSelection((e as CustomEvent<Verdict>).detail);
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
    editor.on('selectionUpdate', placeToolbar);
    editor.on('focus', placeToolbar);
    editor.on('blur', placeToolbar);
    editor.on('update', onDocChanged);
    return () => {
      dom.removeEventListener(VERDICT_KEY_EVENT, onVerdictKey);
      dom.removeEventListener('mousedown', onMouseDown);
      dom.removeEventListener('click', onClick);
      dom.removeEventListener('keydown', onKeyDown, true);
      editor.off('selectionUpdate', placeToolbar);
      editor.off('focus', placeToolbar);
      editor.off('blur', placeToolbar);
      editor.off('update', onDocChanged);
    };
  }, [editor, editing]);

  // Leaving the page with unsaved typing: save it first.
  useEffect(
    () => () => {
      if (saveTimer.current !== undefined) void saveNow();
    },
    [],
  );

  // A scroll request waits until its claim is painted (an article opened at a claim loads its
  // claims after the request); it is dropped when another claim gets selected meanwhile.
  const pendingScroll = useRef<{ request: number; claimId: string | null } | null>(null);
  const scrollToSelected = useEffectEvent((): boolean => {
    const range = editing ? trackedRanges(editor.state).get(selectedClaimId ?? '') : null;
    const target = range ?? painted.find((c) => c.id === selectedClaimId);
    const scroller = scrollerRef.current;
    if (!target || !scroller) return false;
    const coords = editor.view.coordsAtPos(target.from);
    const box = scroller.getBoundingClientRect();
    const top = coords.top - box.top + scroller.scrollTop - box.height / 3;
    scroller.scrollTo({ top: Math.max(0, top) });
    // The scroll event paints on the next frame; paint now so the target is marked on arrival.
    painter?.repaint();
    return true;
  });

  useEffect(() => {
    if (scrollRequest) pendingScroll.current = { request: scrollRequest, claimId: selectedClaimId };
    // Only a new request starts a scroll; the selection it was made for is read with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);

  useEffect(() => {
    const pending = pendingScroll.current;
    if (!pending) return;
    if (pending.claimId !== selectedClaimId) pendingScroll.current = null;
    else if (scrollToSelected()) pendingScroll.current = null;
  }, [scrollRequest, selectedClaimId, painted, painter]);

  const findRanges = useMemo(
    () =>
      positions.text !== article.text
        ? []
        : props.findMatches.map((m) => ({
            from: positions.posAt(m.start),
            to: positions.endPosAt(m.end),
          })),
    [props.findMatches, positions, article.text],
  );

  const showFindMatch = useEffectEvent(() => {
    painter?.setFindMatches(findRanges, props.findCurrent);
    const current = findRanges[props.findCurrent];
    const scroller = scrollerRef.current;
    if (!current || !scroller) return;
    const coords = editor.view.coordsAtPos(current.from);
    const box = scroller.getBoundingClientRect();
    if (coords.top < box.top + 40 || coords.bottom > box.bottom - 40) {
      scroller.scrollTo({
        top: Math.max(0, coords.top - box.top + scroller.scrollTop - box.height / 3),
      });
      painter?.repaint();
    }
  });

  useEffect(() => {
    showFindMatch();
  }, [findRanges, props.findCurrent, painter]);

  return (
    <div className="article-area">
      <div className={`article-scroller${editing ? ' is-editing' : ''}`} ref={scrollerRef}>
        <div className="article-page">
          <EditorContent editor={editor} />
        </div>
        {toolbar && !editing && (
          <SelectionToolbar
            left={toolbar.left}
            top={toolbar.top}
            attachVerdict={props.attachVerdict}
            onVerdict={(verdict) =>
              // The same path as the verdict keys, so both behave alike.
              editor.view.dom.dispatchEvent(new CustomEvent(VERDICT_KEY_EVENT, { detail: verdict }))
            }
          />
        )}
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
          selectedClaimId={selectedClaimId}
          onJump={props.onJumpToClaim}
        />
      )}
    </div>
  );
}
