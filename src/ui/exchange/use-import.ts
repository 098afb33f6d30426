import { useCallback, useEffect, useRef, useState } from 'react';
import type { RatingMapping, UnknownRating } from '../../domain/exchange/rating-mapping';
import type { Resolution } from '../../domain/merge/plan';
import type { MergeSummary, PreviewSummary } from '../../domain/merge/summary';
import type { Article } from '../../domain/types';
import type { W3CImported } from '../../domain/exchange/w3c-read-annotation';
import { groupBySource, w3cArticleFor } from '../../domain/exchange/w3c-read-claims';
import { readSnapshot } from '../../db/exchange';
import { checkImportFile } from '../../db/importer';
import { planW3CImport } from '../../db/w3c-import';
import type { ImportStage } from '../../db/importer.protocol';
import { i18n, msg } from '../i18n/i18n';
import { errorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';

/** W3C annotations of one target, and the local article chosen for them (null: skip). */
export interface W3CSource {
  source: string;
  annotations: W3CImported[];
  articleId: string | null;
  /** The article made from a text pasted or opened in the dialog, when `creating` (W3CNewArticle). */
  creating?: boolean;
  newArticle?: Article | null;
}

/** Where an import stands: from choosing a file to its preview and its result. */
export type ImportState =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string; stage: string }
  | { step: 'invalid'; fileName: string; problems: string[] }
  | {
      step: 'preview';
      fileName: string;
      /** A bundle's reads the rows past each group's first ones from its importer. */
      summary: PreviewSummary;
      warnings: string[];
      /** The ratings the file's claims carry that this library's scale lacks. */
      unknownRatings: UnknownRating[];
      /**
       * Writes what the preview shows, settled as chosen there and with unknown ratings mapped,
       * in one transaction.
       */
      apply: (resolution: Resolution, ratings?: RatingMapping) => Promise<void>;
    }
  | { step: 'w3c'; fileName: string; sources: W3CSource[]; articles: Article[]; warnings: string[] }
  | { step: 'saving'; fileName: string }
  | { step: 'done'; fileName: string; summary: MergeSummary }
  | { step: 'failed'; fileName: string; message: string };

/** What each stage of the importer's check is called on screen. */
const STAGE_LABELS: Record<ImportStage, string> = {
  checking: msg('Checking the file…'),
  comparing: msg('Comparing with your library…'),
};

/** Reads a file with progress (so that a 50 MB file shows it is moving). */
function readBytes(file: File, onProgress: (fraction: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(i18n.t('The file could not be read.')));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The import flow: check a file in a worker (a bundle is also compared with the library and,
 * once confirmed, written there), preview the merge, apply it on confirm.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  // A bundle's plan waiting in its worker: let that worker go when the preview is left.
  const discard = useRef<(() => void) | null>(null);
  // A check that ends after the dialog closed lets its worker (and its plan) go at once.
  const closed = useRef(false);
  const dropPending = () => {
    discard.current?.();
    discard.current = null;
  };
  useEffect(() => {
    closed.current = false;
    return () => {
      closed.current = true;
      dropPending();
    };
  }, []);

  const check = useCallback(async (file: File) => {
    const fileName = file.name;
    dropPending();
    setState({ step: 'checking', fileName, stage: i18n.t('Reading the file…') });
    try {
      const bytes = await readBytes(file, (f) =>
        setState({
          step: 'checking',
          fileName,
          stage: i18n.t('Reading the file… {{percent}} %', { percent: Math.round(f * 100) }),
        }),
      );
      const result = await checkImportFile(bytes, (stage) =>
        setState({ step: 'checking', fileName, stage: i18n.t(STAGE_LABELS[stage]) }),
      );
      if (result.kind === 'invalid')
        return setState({ step: 'invalid', fileName, problems: result.problems });
      if (result.kind === 'failed') {
        const detail = errorMessage(result.error);
        const problem = i18n.t('The file could not be checked: {{detail}}', { detail });
        return setState({ step: 'invalid', fileName, problems: [problem] });
      }
      if (result.kind === 'bundle') {
        if (closed.current) return result.discard();
        discard.current = result.discard;
        return setState({
          step: 'preview',
          fileName,
          summary: { ...result.summary, readRows: result.readRows },
          warnings: result.problems,
          unknownRatings: result.unknownRatings,
          apply: result.apply,
        });
      }
      const articles = (await readSnapshot()).articles as Article[];
      const sources = [...groupBySource(result.annotations)].map(([source, annotations]) => ({
        source,
        annotations,
        articleId: w3cArticleFor(source, articles)?.id ?? null,
      }));
      setState({ step: 'w3c', fileName, sources, articles, warnings: result.problems });
    } catch (error) {
      setState({ step: 'failed', fileName, message: errorMessage(error) });
    }
  }, []);

  /** Turns the W3C annotations of the chosen targets into a merge plan to preview. */
  const planW3C = useCallback(
    async (sources: W3CSource[], fileName: string, warnings: string[]) => {
      const plan = await planW3CImport(
        sources.map(({ annotations, articleId, creating, newArticle }) =>
          creating
            ? {
                annotations,
                articleId: newArticle?.id ?? null,
                newArticle: newArticle ?? undefined,
              }
            : { annotations, articleId },
        ),
      );
      setState({
        step: 'preview',
        fileName,
        summary: plan.summary,
        warnings: [...warnings, ...plan.problems],
        unknownRatings: [],
        apply: plan.apply,
      });
    },
    [],
  );

  const apply = useCallback(
    async (
      preview: Extract<ImportState, { step: 'preview' }>,
      resolution: Resolution,
      ratings?: RatingMapping,
    ) => {
      const { fileName, summary } = preview;
      discard.current = null;
      setState({ step: 'saving', fileName });
      const write = () => preview.apply(resolution, ratings);
      const outcome = await runWrite(write, { report: 'caller' });
      if (outcome.ok) return setState({ step: 'done', fileName, summary });
      const detail = errorMessage(outcome.error);
      setState({
        step: 'failed',
        fileName,
        message: i18n.t('Nothing was imported: {{detail}}', { detail }),
      });
    },
    [],
  );

  return { state, setState, check, planW3C, apply };
}
