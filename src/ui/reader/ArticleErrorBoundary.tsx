import { Component, type ReactNode } from 'react';

interface Props {
  /** The document shown; a failure is for this document, and another one is tried afresh. */
  doc: unknown;
  /** What to show instead, given the error's message. */
  fallback: (detail: string) => ReactNode;
  children: ReactNode;
}

interface State {
  doc: unknown;
  detail: string | null;
}

/** Whether two documents are the same JSON (compared only after a failure, so rarely). */
const sameDocument = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Catches an article view that fails to render its document (the last line of defence: the
 * reader checks documents before handing them to the editor) and shows `fallback` instead of a
 * blank app. A different document is tried again; the same one, read again, is not.
 */
export class ArticleErrorBoundary extends Component<Props, State> {
  override state: State = { doc: this.props.doc, detail: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { detail: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.doc === state.doc) return null;
    if (state.detail !== null && sameDocument(props.doc, state.doc)) return { doc: props.doc };
    return { doc: props.doc, detail: null };
  }

  override render(): ReactNode {
    return this.state.detail === null
      ? this.props.children
      : this.props.fallback(this.state.detail);
  }
}
