/** The kinds of site chrome found in a pasted or opened text. */
export type ChromeKind =
  | 'menu'
  | 'breadcrumb'
  | 'error-form'
  | 'newsletter'
  | 'share'
  | 'cookie'
  | 'read-also'
  | 'copyright'
  | 'ad'
  | 'comments';

/** A line of a text that looks like site chrome rather than the article. */
export interface ChromeLine {
  /** The line's index in the text split on line breaks. */
  line: number;
  kind: ChromeKind;
  /** What the line becomes when the chrome goes: '' drops it; a headline glued to a breadcrumb stays. */
  replacement: string;
}
