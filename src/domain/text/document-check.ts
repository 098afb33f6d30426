import type { DocumentJson } from '../types';
import { canonicalText } from './canonical-text';
import {
  DOCUMENT_MARKS,
  DOCUMENT_NODES,
  type AttributeRule,
  type NodeRule,
} from './document-schema';

/** A place in a document the editor cannot open, and why (English, for a file's author). */
export interface DocumentProblem {
  /** Where, from the document's root: `['content', 2]`. */
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a message quotes it, cut short. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function checkAttrs(
  attrs: unknown,
  rules: Record<string, AttributeRule>,
  owner: string,
  path: Path,
  report: Report,
): void {
  if (attrs === undefined) return;
  if (!isObject(attrs)) return report([...path, 'attrs'], 'expected an object');
  for (const [name, value] of Object.entries(attrs)) {
    const rule = rules[name];
    if (!rule) report([...path, 'attrs', name], `unknown attribute "${name}" of ${owner}`);
    else if (!rule.valid(value)) {
      report([...path, 'attrs', name], `expected ${rule.expected}, got ${quoted(value)}`);
    }
  }
}

/** A mark among `names` that excludes every other (`code`), if any. */
const excluding = (names: Set<string>): string | undefined =>
  [...names].find((name) => DOCUMENT_MARKS[name]?.excludes === '_');

function checkMarks(marks: unknown, parent: NodeRule | null, path: Path, report: Report): void {
  if (marks === undefined) return;
  if (!Array.isArray(marks)) return report([...path, 'marks'], 'expected a list');
  if (marks.length > 0 && parent?.marks !== '_') {
    return report([...path, 'marks'], 'no marks are allowed here');
  }
  const seen = new Set<string>();
  marks.forEach((mark: unknown, index) => {
    const at = [...path, 'marks', index];
    if (!isObject(mark) || typeof mark.type !== 'string') {
      return report(at, 'expected a mark (an object with a type)');
    }
    const rule = DOCUMENT_MARKS[mark.type];
    if (!rule) return report(at, `unknown mark type ${quoted(mark.type)}`);
    checkAttrs(mark.attrs, rule.attrs, `mark "${mark.type}"`, at, report);
    const exclusive = rule.excludes === '_' ? mark.type : excluding(seen);
    if (seen.has(mark.type)) report(at, `mark "${mark.type}" appears twice`);
    else if (exclusive && seen.size > 0) {
      report(at, `mark "${exclusive}" cannot be combined with other marks`);
    }
    seen.add(mark.type);
  });
}

/** Whether a known node type may stand at `index` of a node with this content expression. */
function fits(rule: NodeRule['content'], index: number, child: NodeRule, type: string): boolean {
  const isBlock = child.group.split(' ').includes('block');
  switch (rule) {
    case 'block+':
      return isBlock;
    case 'inline*':
      return child.inline;
    case 'text*':
      return type === 'text';
    case 'listItem+':
      return type === 'listItem';
    case 'paragraph block*':
      return index === 0 ? type === 'paragraph' : isBlock;
    case '':
      return false;
  }
}

const HOLDS: Record<NodeRule['content'], string> = {
  'block+': 'blocks',
  'inline*': 'text and line breaks',
  'text*': 'plain text',
  'listItem+': 'list items',
  'paragraph block*': 'a paragraph, then blocks',
  '': 'nothing',
};

function checkContent(content: unknown, type: string, rule: NodeRule, path: Path, report: Report) {
  if (content === undefined) content = [];
  if (!Array.isArray(content)) return report([...path, 'content'], 'expected a list');
  if (rule.content === '' && content.length > 0) {
    return report([...path, 'content'], `"${type}" holds no content`);
  }
  if (content.length === 0 && rule.content.endsWith('+')) {
    return report([...path, 'content'], `"${type}" must hold at least one node`);
  }
  if (content.length === 0 && rule.content === 'paragraph block*') {
    return report([...path, 'content'], `"${type}" must start with a paragraph`);
  }
  content.forEach((child: unknown, index) => {
    const at = [...path, 'content', index];
    const childType = isObject(child) ? child.type : undefined;
    const childRule = typeof childType === 'string' ? DOCUMENT_NODES[childType] : undefined;
    if (childRule && !fits(rule.content, index, childRule, childType as string)) {
      report(
        at,
        `"${String(childType)}" cannot stand here: "${type}" holds ${HOLDS[rule.content]}`,
      );
    }
    checkNode(child, rule, at, report);
  });
}

function checkNode(node: unknown, parent: NodeRule | null, path: Path, report: Report): void {
  if (!isObject(node)) return report(path, 'expected a node (an object with a type)');
  const { type } = node;
  if (typeof type !== 'string') return report([...path, 'type'], 'expected a string');
  const rule = DOCUMENT_NODES[type];
  if (!rule) return report(path, `unknown node type ${quoted(type)}`);
  checkAttrs(node.attrs, rule.attrs, `"${type}"`, path, report);
  checkMarks(node.marks, parent, path, report);
  if (type === 'text') {
    if (typeof node.text !== 'string') report([...path, 'text'], 'a text node needs its text');
    else if (node.text === '') report([...path, 'text'], 'a text node must not be empty');
    if (node.content !== undefined) report([...path, 'content'], 'a text node holds no content');
    return;
  }
  if (node.text !== undefined) report([...path, 'text'], 'only text nodes hold text');
  checkContent(node.content, type, rule, path, report);
}

/**
 * What keeps the editor from opening a document, in document order (at most `limit`): node and
 * mark types it does not know, their attributes, what each node may hold, empty text nodes.
 * Empty when the editor opens the document as it is.
 */
export function documentProblems(doc: unknown, limit = 20): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const report: Report = (path, message) => {
    if (problems.length < limit) problems.push({ path, message });
  };
  if (isObject(doc) && doc.type !== 'doc' && typeof doc.type === 'string') {
    report(['type'], `expected "doc" at the root, got ${quoted(doc.type)}`);
    return problems;
  }
  checkNode(doc, null, [], report);
  return problems;
}

/** Whether the editor opens a document as it is. */
export function isOpenableDocument(doc: unknown): doc is DocumentJson {
  return documentProblems(doc, 1).length === 0;
}

/**
 * The problems of an article's document (`name` is how a message names the article): what keeps
 * the editor from opening it, else, when it does not yield exactly `text`, where they part.
 */
export function articleDocumentProblems(
  doc: unknown,
  text: unknown,
  name: string,
): (DocumentProblem & { kind: 'document' | 'text' })[] {
  const problems = documentProblems(doc);
  if (problems.length > 0) return problems.map((problem) => ({ ...problem, kind: 'document' }));
  if (typeof text !== 'string') return [];
  const yielded = [...canonicalText(doc as DocumentJson)];
  const wanted = [...text];
  let at = 0;
  while (at < wanted.length && yielded[at] === wanted[at]) at++;
  if (at === wanted.length && yielded.length === wanted.length) return [];
  const message = `does not yield the text of article ${name} (they differ from character ${at})`;
  return [{ path: [], message, kind: 'text' }];
}

/**
 * Whether a value has the JSON shape of a document node (what a text history keeps): a string
 * `type`, and where present a list of such nodes as `content`, a string `text`, an object
 * `attrs`, and a list of marks with a string `type` and an object `attrs`.
 */
export function isDocumentShape(value: unknown): boolean {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  const { content, text, attrs, marks } = value;
  if (content !== undefined && !(Array.isArray(content) && content.every(isDocumentShape))) {
    return false;
  }
  if (text !== undefined && typeof text !== 'string') return false;
  if (attrs !== undefined && !isObject(attrs)) return false;
  if (marks === undefined) return true;
  return (
    Array.isArray(marks) &&
    marks.every(
      (mark: unknown) =>
        isObject(mark) &&
        typeof mark.type === 'string' &&
        (mark.attrs === undefined || isObject(mark.attrs)),
    )
  );
}
