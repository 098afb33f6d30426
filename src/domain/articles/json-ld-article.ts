/** What a page's JSON-LD says about its article (schema.org), each field '' or [] when it is silent. */
export interface JsonLdArticle {
  headline: string;
  url: string;
  authors: string[];
  publisher: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|NewsArticle|Report|LiveBlogPosting)$/u;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object of the JSON-LD values: top level, in arrays and in @graph, depth first. */
function nodesOf(value: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((item) => nodesOf(item, found));
  else if (isNode(value)) {
    found.push(value);
    if (value['@graph'] !== undefined) nodesOf(value['@graph'], found);
  }
  return found;
}

const typesOf = (node: Node): string[] =>
  [node['@type']].flat().filter((type): type is string => typeof type === 'string');

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** Reads the article of a page's JSON-LD blocks (already parsed), following @id references. */
export function jsonLdArticle(blocks: unknown[]): JsonLdArticle | null {
  const nodes = nodesOf(blocks);
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return null;
  const byId = new Map(
    nodes.flatMap((node) => (text(node['@id']) ? [[text(node['@id']), node]] : [])),
  );
  const resolve = (value: unknown): unknown =>
    isNode(value) && Object.keys(value).length === 1 && byId.has(text(value['@id']))
      ? byId.get(text(value['@id']))
      : value;
  const nameOf = (value: unknown): string => {
    const node = resolve(value);
    return isNode(node) ? text(node.name) : text(node);
  };
  const page = resolve(article.mainEntityOfPage);
  return {
    headline: text(article.headline) || text(article.name),
    url: text(article.url) || (isNode(page) ? text(page['@id']) || text(page.url) : text(page)),
    authors: [article.author]
      .flat()
      .map(nameOf)
      .filter((name) => name !== ''),
    publisher: nameOf([article.publisher].flat()[0]),
    datePublished: text(article.datePublished),
    dateModified: text(article.dateModified),
    inLanguage: nameOf(article.inLanguage),
  };
}
