// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { newSource, readDraft, toggleChromeRemoval } from './article-draft';

const PASTED = [
  'Une erreur dans le texte ?',
  'Étape 1',
  '',
  'Le vrai titre de l’article',
  '',
  'Un premier paragraphe.',
  '',
  '© 2025 Le Journal',
].join('\n');

const PAGE = `<html lang="fr"><head><title>Le vrai titre – Le Journal</title>
<meta property="og:site_name" content="Le Journal"></head><body>
<nav><a href="/">Accueil</a></nav><aside><p>Publicité pour un autre article du site.</p></aside>
<article><h1>Le vrai titre</h1><p>Un premier paragraphe, assez long pour être un article.</p>
<p>Un second paragraphe qui le complète et donne des chiffres : 12 % et 3 000 euros.</p></article>
<footer><p>© 2025 Le Journal</p></footer></body></html>`;

describe('readDraft', () => {
  it('marks the chrome of a pasted text, proposes its title, and removes the chrome only when asked', () => {
    const draft = readDraft(newSource('text', PASTED));
    expect(draft.chrome.map((mark) => mark.kind)).toEqual([
      'error-form',
      'error-form',
      'copyright',
    ]);
    expect(draft.proposal.values.title).toBe('Le vrai titre de l’article');
    expect(draft.proposal.sources.title).toEqual({ rule: 'after-chrome' });
    expect(draft.text).toContain('Une erreur dans le texte ?');

    const removed = readDraft(toggleChromeRemoval(draft));
    expect(removed.text).toBe('Le vrai titre de l’article\n\nUn premier paragraphe.');
    expect(removed.source.removal?.lines).toEqual([
      'Une erreur dans le texte ?',
      'Étape 1',
      '© 2025 Le Journal',
    ]);
    const back = readDraft(toggleChromeRemoval(removed));
    expect(back.source.raw).toBe(PASTED);
    expect(back.source.removal).toBeNull();
  });

  it('reads a page: its article, its metadata with their places, and the whole page on request', () => {
    const draft = readDraft(newSource('html', PAGE, 'page.html'));
    expect(draft.text.split('\n\n')[0]).toBe('Le vrai titre');
    expect(draft.text).not.toContain('© 2025');
    expect(draft.extraction?.dropped).toContain('© 2025 Le Journal');
    expect(draft.proposal.values).toMatchObject({
      title: 'Le vrai titre',
      publisher: 'Le Journal',
    });
    expect(draft.proposal.sources.publisher).toEqual({ page: 'og:site_name' });
    expect(draft.proposal.sources.language).toEqual({ page: '<html lang>' });

    const whole = readDraft({ ...draft.source, keepWholePage: true });
    expect(whole.text).toContain('© 2025 Le Journal');
    expect(whole.proposal.values.title).toBe('Le vrai titre');
  });
});
