import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { trimRange } from '../domain/anchor';
import type { Article, Verdict } from '../domain/types';
import { articleExtensions } from '../editor/article-schema';
import { HighlightPainter, type PaintedClaim } from '../editor/highlight-painter';
import { PositionMap } from '../editor/position-map';
import { ReviewMode, VERDICT_KEY_EVENT } from '../editor/review-mode';
import type { AnchoredClaim } from './anchored-claim';
import { OverlapMenu } from './OverlapMenu';
import { SelectionToolbar } from './SelectionToolbar';

interface Props {
  article: Article;
  anchored: AnchoredClaim[];
  selectedClaimId: string | null;
  scrollRequest: number;
  onCreateClaim: (start: number, end: number, verdict: Verdict) => void;
  onSelectClaim: (id: string) => void;
}

/** A point inside the scroller's content (so that it scrolls with the text). */
interface ContentPoint {
  left: number;
  top: number;
}

/** The article in a read-only tiptap view, with claims painted over it and a verdict toolbar. */
export function ArticleEditor(props: Props) {
  const { article, anchored, selectedClaimId, scrollRequest } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [painter, setPainter] = useState<HighlightPainter | null>(null);
  const [toolbar, setToolbar] = useState<ContentPoint | null>(null);
  const [overlap, setOverlap] = useState<(ContentPoint & { claimIds: string[] }) | null>(null);

  const editor = useEditor({
    extensions: [...articleExtensions, ReviewMode],
    content: article.doc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // tiptap would inject a <style> element, which the Content-Security-Policy refuses;
    // styles.css carries the rules the editor needs.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Article text',
        lang: article.language === 'other' ? '' : article.language,
        class: 'article-text',
        spellcheck: 'false',
      },
    },
  });

  const positions = useMemo(() => new PositionMap(editor.state.doc), [editor]);

  const painted = useMemo<PaintedClaim[]>(
    () =>
      anchored
        .filter((a) => a.match.status !== 'orphaned')
        .map(({ claim, match }) => ({
          id: claim.id,
          verdict: claim.verdict,
          from: positions.posAt(match.start),
          to: positions.endPosAt(match.end),
        })),
    [anchored, positions],
  );

  const toContent = (clientX: number, clientY: number): ContentPoint => {
    const scroller = scrollerRef.current!;
    const box = scroller.getBoundingClientRect();
    return { left: clientX - box.left, top: clientY - box.top + scroller.scrollTop };
  };

  const createFromSelection = useEffectEvent((verdict: Verdict) => {
    const { from, to, empty } = editor.state.selection;
    if (empty) return;
    const range = trimRange(article.text, positions.offsetAt(from), positions.offsetAt(to));
    if (range.end <= range.start) return;
    props.onCreateClaim(range.start, range.end, verdict);
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
    if (empty || !editor.isFocused) return setToolbar(null);
    const coords = editor.view.coordsAtPos(to);
    setToolbar(toContent(coords.left, coords.bottom + 6));
  });

  useEffect(() => {
    if (!scrollerRef.current) return;
    const created = new HighlightPainter(editor.view, scrollerRef.current);
    setPainter(created);
    return () => created.destroy();
  }, [editor]);

  useEffect(() => {
    painter?.setClaims(painted, selectedClaimId);
  }, [painter, painted, selectedClaimId]);

  useEffect(() => {
    const dom = editor.view.dom;
    const onVerdictKey = (e: Event) => createFromSelection((e as CustomEvent<Verdict>).detail);
    const onClick = (e: MouseEvent) => {
      if (!editor.state.selection.empty) return;
      const pos = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
      if (pos) openClaimsAt(pos.pos, e.clientX, e.clientY);
    };
    // Enter on a highlighted word opens its claim: the keyboard twin of a click.
    const onKeyDown = (e: KeyboardEvent) => {
      const { selection } = editor.state;
      if (e.key !== 'Enter' || !selection.empty) return;
      const coords = editor.view.coordsAtPos(selection.from);
      if (openClaimsAt(selection.from, coords.left, coords.bottom)) e.preventDefault();
    };
    dom.addEventListener(VERDICT_KEY_EVENT, onVerdictKey);
    dom.addEventListener('click', onClick);
    dom.addEventListener('keydown', onKeyDown);
    editor.on('selectionUpdate', placeToolbar);
    editor.on('focus', placeToolbar);
    editor.on('blur', placeToolbar);
    return () => {
      dom.removeEventListener(VERDICT_KEY_EVENT, onVerdictKey);
      dom.removeEventListener('click', onClick);
      dom.removeEventListener('keydown', onKeyDown);
      editor.off('selectionUpdate', placeToolbar);
      editor.off('focus', placeToolbar);
      editor.off('blur', placeToolbar);
    };
  }, [editor]);

  const scrollToSelected = useEffectEvent(() => {
    const target = painted.find((c) => c.id === selectedClaimId);
    const scroller = scrollerRef.current;
    if (!target || !scroller) return;
    const coords = editor.view.coordsAtPos(target.from);
    const box = scroller.getBoundingClientRect();
    scroller.scrollTo({
      top: Math.max(0, coords.top - box.top + scroller.scrollTop - box.height / 3),
    });
    // The scroll event paints on the next frame; paint now so the target is marked on arrival.
    painter?.paint();
  });

  useEffect(() => {
    if (scrollRequest) scrollToSelected();
  }, [scrollRequest]);

  return (
    <div className="article-scroller" ref={scrollerRef}>
      <div className="article-page">
        <EditorContent editor={editor} />
      </div>
      {toolbar && (
        <SelectionToolbar
          left={toolbar.left}
          top={toolbar.top}
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
  );
}
