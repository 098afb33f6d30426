import { paragraphs, type SavedPage } from './saved-page';

const COURRIER_BODY = [
  'Le conseil départemental a voté lundi la fermeture de trois collèges ruraux à la rentrée 2026.',
  'Les 420 élèves concernés seront accueillis dans les établissements voisins, à moins de 20 kilomètres.',
  '« Nous ne pouvons plus maintenir des collèges de moins de 150 élèves », a expliqué la vice-présidente chargée de l’éducation.',
  'Les parents d’élèves ont annoncé un recours devant le tribunal administratif.',
];

/** News sites: the two pages and their close relatives. */
export const SAVED_NEWS: SavedPage[] = [
  {
    name: 'French news page with an error form, an aside, a footer and JSON-LD',
    html: `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Trois collèges ruraux fermeront en 2026 - Le Courrier de l'Ouest</title>
<link rel="canonical" href="https://www.courrier-ouest.example/education/trois-colleges-ruraux-fermeront-2026">
<meta property="og:title" content="Trois collèges ruraux fermeront en 2026">
<meta property="og:site_name" content="Le Courrier de l'Ouest">
<meta property="og:url" content="https://www.courrier-ouest.example/education/trois-colleges-ruraux-fermeront-2026">
<meta name="author" content="Hélène Marchand">
<meta property="article:published_time" content="2025-11-17T08:30:00+01:00">
<meta property="article:modified_time" content="2025-11-17T14:05:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Trois collèges ruraux fermeront en 2026","datePublished":"2025-11-17T08:30:00+01:00","dateModified":"2025-11-17T14:05:00+01:00","author":{"@type":"Person","name":"Hélène Marchand"},"publisher":{"@type":"Organization","name":"Le Courrier de l'Ouest"}}</script>
<style>.error-report{border:1px solid red}</style>
<script>window.analytics = true;</script>
</head>
<body>
<header class="site-header"><a href="/" class="logo">Le Courrier de l'Ouest</a>
<nav><ul><li><a href="/politique">Politique</a></li><li><a href="/education">Éducation</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="error-report">
<h2>Une erreur dans le texte ?</h2>
<p>C'est le bon endroit pour nous l'indiquer ! Attention, ce formulaire ne sert qu'à signaler une erreur.</p>
<form action="/signaler"><label>Étape 1</label><textarea name="message"></textarea><button>Envoyer</button></form>
</div>
<main>
<article class="article">
<h1 class="article-title">Trois collèges ruraux fermeront en 2026</h1>
<p class="byline">Par <a rel="author" href="/auteurs/helene-marchand">Hélène Marchand</a>, le 17 novembre 2025</p>
<div class="article-body">
${paragraphs(...COURRIER_BODY.slice(0, 2))}
<aside class="read-also"><h3>À lire aussi</h3><ul><li><a href="/education/carte-scolaire">Carte scolaire : les maires inquiets</a></li><li><a href="/education/transport">Le transport scolaire gratuit dès septembre</a></li></ul></aside>
${paragraphs(...COURRIER_BODY.slice(2))}
</div>
<div class="share"><a href="https://facebook.example/share">Partager sur Facebook</a> <a href="https://x.example/share">Partager sur X</a></div>
</article>
</main>
<footer><p>© 2025 Le Courrier de l'Ouest — Tous droits réservés</p><ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body>
</html>`,
    text: ['Trois collèges ruraux fermeront en 2026', ...COURRIER_BODY],
    meta: {
      title: 'Trois collèges ruraux fermeront en 2026',
      sourceUrl:
        'https://www.courrier-ouest.example/education/trois-colleges-ruraux-fermeront-2026',
      publisher: "Le Courrier de l'Ouest",
      author: 'Hélène Marchand',
      publishedAt: '2025-11-17',
      modifiedAt: '2025-11-17',
      language: 'fr',
    },
  },
  {
    name: 'English news page with a glued breadcrumb, newsletter box and related list',
    html: `<!doctype html>
<html lang="en-GB">
<head>
<title>Apple unveils a faster chip for its laptops | Tech Daily</title>
<meta property="og:title" content="Apple unveils a faster chip for its laptops">
<meta property="og:site_name" content="Tech Daily">
<meta property="og:url" content="https://techdaily.example/news/apple-faster-chip">
<meta property="article:published_time" content="2025-10-02T16:00:00Z">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://techdaily.example/#site","name":"Tech Daily"},
 {"@type":"NewsArticle","headline":"Apple unveils a faster chip for its laptops","url":"https://techdaily.example/news/apple-faster-chip","datePublished":"2025-10-02T16:00:00Z","dateModified":"2025-10-03T09:12:00Z","inLanguage":"en-GB",
  "author":[{"@type":"Person","name":"Tom Reid"},{"@type":"Person","name":"Priya Shah"}],
  "publisher":{"@id":"https://techdaily.example/#org"}},
 {"@type":"NewsMediaOrganization","@id":"https://techdaily.example/#org","name":"Tech Daily"}]}
</script>
</head>
<body>
<div id="cookie-banner"><p>We use cookies to personalise content. Manage your cookie settings.</p><button>Accept all</button></div>
<header><nav aria-label="Main"><a href="/">Home</a><a href="/technology">Technology</a></nav></header>
<div class="page">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/technology">Technology</a></li></ol>
<h1>Apple unveils a faster chip for its laptops</h1>
<div class="meta">By <span class="author">Tom Reid</span> and <span class="author">Priya Shah</span> · 2 October 2025</div>
<div class="story">
<p>The new chip is up to 30% faster than its predecessor and uses less power, the company said at an event in California.</p>
<p>It will ship in the next generation of the company's professional laptops, from November.</p>
<div class="newsletter"><h3>Sign up for our tech newsletter</h3><p>The week's biggest stories in your inbox, every Friday.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
<p>Analysts said the gains were smaller than with the previous generation, and that prices were likely to rise.</p>
<h2>A bet on artificial intelligence</h2>
<p>Much of the new silicon is dedicated to running AI models on the device rather than in the cloud.</p>
</div>
<section class="related"><h2>Related stories</h2><ul><li><a href="/news/laptop-sales">Laptop sales rise for the first time in three years</a></li><li><a href="/news/chip-factory">New chip factory opens in Arizona</a></li></ul></section>
</div>
<footer><p>© Tech Daily 2025</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>`,
    text: [
      'Apple unveils a faster chip for its laptops',
      'The new chip is up to 30% faster than its predecessor and uses less power, the company said at an event in California.',
      "It will ship in the next generation of the company's professional laptops, from November.",
      'Analysts said the gains were smaller than with the previous generation, and that prices were likely to rise.',
      'A bet on artificial intelligence',
      'Much of the new silicon is dedicated to running AI models on the device rather than in the cloud.',
    ],
    meta: {
      title: 'Apple unveils a faster chip for its laptops',
      sourceUrl: 'https://techdaily.example/news/apple-faster-chip',
      publisher: 'Tech Daily',
      author: 'Tom Reid, Priya Shah',
      publishedAt: '2025-10-02',
      modifiedAt: '2025-10-03',
      language: 'en',
    },
  },
];
