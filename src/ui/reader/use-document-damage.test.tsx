// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../domain/text/canonical-text';
import { documentFromText } from '../../domain/text/document-from-text';
import type { Article, DocumentJson } from '../../domain/types';
import { useDocumentDamage } from './use-document-damage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const image = { type: 'doc', content: [{ type: 'image' }] } as DocumentJson;

/** An article with a sound document for this text. */
function makeArticle({ paragraphs }: { paragraphs: string[] }): Article {
  const doc = documentFromText(paragraphs.join('\n\n'));
  const at = '2024-03-01T08:00:00.000Z';
  return {
    ...{ id: 'a1', title: 'Cloudwatt', sourceUrl: '', publisher: '', author: '' },
    ...{ publishedAt: '', language: 'fr', textHistory: [], createdAt: at, updatedAt: at },
    doc,
    text: canonicalText(doc),
  };
}

function Damage({ article }: { article: Article }) {
  return <p>{useDocumentDamage(article) ?? 'sound'}</p>;
}

describe('useDocumentDamage', () => {
  it('checks again when the text changes, or while the document is damaged', () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const show = (article: Article) => act(() => root.render(<Damage article={article} />));
    const sound = makeArticle({ paragraphs: ['Un.'] });
    show(sound);
    expect(container.textContent).toBe('sound');
    // The same text read again (a claim write): the editor keeps its document, no check.
    show({ ...sound, doc: image });
    expect(container.textContent).toBe('sound');
    const other = makeArticle({ paragraphs: ['Deux.'] });
    show({ ...other, doc: image });
    expect(container.textContent).toBe('doc.content[0]: unknown node type "image"');
    // Repaired: the same text with a sound document.
    show(other);
    expect(container.textContent).toBe('sound');
    act(() => root.unmount());
  });
});
