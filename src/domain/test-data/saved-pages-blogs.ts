import { paragraphs, type SavedPage } from './saved-page';

const BLOG_BODY = [
  'Depuis janvier, notre jardin partagé a produit plus de 600 kilos de légumes, distribués aux familles du quartier.',
  'La mairie nous a prêté une parcelle supplémentaire de 200 mètres carrés derrière le gymnase.',
  'Nous cherchons des bénévoles pour les arrosages du mois d’août : inscrivez-vous auprès de l’association.',
];

/** Blogs, magazines and minimal pages: metadata in <title>, <time>, itemprop, or nowhere. */
export const SAVED_BLOGS: SavedPage[] = [
  {
    name: 'French WordPress blog: title with the site name, <time>, comments and sidebar',
    html: `<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>Un an de jardin partagé – Les Jardins du Faubourg</title>
<link rel="stylesheet" href="/wp-content/themes/jardin/style.css"></head>
<body class="post-template">
<div id="page">
<header id="masthead"><p class="site-title"><a href="/">Les Jardins du Faubourg</a></p>
<nav id="site-navigation"><ul><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li></ul></nav></header>
<div id="content">
<main id="main">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Un an de jardin partagé</h1>
<div class="entry-meta">Publié le <time class="entry-date published" datetime="2025-05-20T10:15:00+02:00">20 mai 2025</time> par <span class="author vcard"><a class="url fn n" rel="author" href="/author/mclement">Martine Clément</a></span></div></header>
<div class="entry-content">
${paragraphs(...BLOG_BODY)}
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/category/vie">Vie du quartier</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 commentaires</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author">Paul</div><p>Bravo à toute l'équipe, et merci pour les tomates !</p></li>
<li class="comment"><div class="comment-author">Sonia</div><p>Je peux venir arroser le mardi soir.</p></li></ol>
<div id="respond"><h3>Laisser un commentaire</h3><form><textarea></textarea><input type="submit" value="Publier"></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Articles récents</h2><ul><li><a href="/fete">La fête des voisins</a></li><li><a href="/compost">Le compost collectif</a></li></ul></section></aside>
</div>
<footer id="colophon"><p>Les Jardins du Faubourg — Fièrement propulsé par WordPress</p></footer>
</div>
</body></html>`,
    text: ['Un an de jardin partagé', ...BLOG_BODY],
    meta: {
      title: 'Un an de jardin partagé',
      sourceUrl: '',
      publisher: 'Les Jardins du Faubourg',
      author: 'Martine Clément',
      publishedAt: '2025-05-20',
      modifiedAt: '',
      language: 'fr',
    },
  },
  {
    name: 'English page with no metadata at all',
    html: `<html><head><title>Notes</title></head><body>
<h1>Why our town needs a night bus</h1>
<p>Every evening after eleven, the last bus leaves the station and hundreds of shift workers have to find another way home.</p>
<p>A survey of 600 workers at the hospital and the distribution centre found that two in three had missed a shift because of transport.</p>
<p>The council says a night service would cost about £250,000 a year, less than a third of what it spends on taxi vouchers for the same workers.</p>
</body></html>`,
    text: [
      'Why our town needs a night bus',
      'Every evening after eleven, the last bus leaves the station and hundreds of shift workers have to find another way home.',
      'A survey of 600 workers at the hospital and the distribution centre found that two in three had missed a shift because of transport.',
      'The council says a night service would cost about £250,000 a year, less than a third of what it spends on taxi vouchers for the same workers.',
    ],
    meta: {
      title: 'Why our town needs a night bus',
      sourceUrl: '',
      publisher: '',
      author: '',
      publishedAt: '',
      modifiedAt: '',
      language: 'en',
    },
  },
  {
    name: 'English magazine: JSON-LD list, author as a string, figure and quotation',
    html: `<!DOCTYPE html><html lang="en-US"><head>
<title>The quiet return of the bee-eater - Wild Britain Magazine</title>
<meta name="author" content="By Jane Holloway">
<meta property="og:type" content="article">
<link rel="canonical" href="https://wildbritain.example/features/bee-eater-return?utm_source=rss">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]},
{"@context":"https://schema.org","@type":"Article","headline":"The quiet return of the bee-eater","author":"Jane Holloway","datePublished":"2025-07-08","dateModified":"2025-07-10T11:00:00+01:00","publisher":{"@type":"Organization","name":"Wild Britain Magazine","logo":{"@type":"ImageObject","url":"https://wildbritain.example/logo.png"}}}]</script>
</head><body>
<nav class="top"><a href="/">Wild Britain</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>The quiet return of the bee-eater</h1>
<p class="standfirst">A colourful visitor from southern Europe is nesting in England again.</p>
<figure><img src="bee-eater.jpg" alt="A bee-eater on a branch"><figcaption>A bee-eater at a quarry in Norfolk this summer.</figcaption></figure>
<p>For the third year running, a small colony of European bee-eaters has raised chicks in a disused quarry.</p>
<blockquote><p>We have counted eleven fledglings so far, a record for this country.</p></blockquote>
<p>Ornithologists link the birds' northward spread to warmer summers.</p>
<div class="author-bio"><p>Jane Holloway writes about birds and climate. Follow her on social media.</p></div>
</article>
<aside class="promo"><p>Subscribe to Wild Britain and get a free field guide.</p></aside>
</body></html>`,
    text: [
      'The quiet return of the bee-eater',
      'A colourful visitor from southern Europe is nesting in England again.',
      'A bee-eater at a quarry in Norfolk this summer.',
      'For the third year running, a small colony of European bee-eaters has raised chicks in a disused quarry.',
      'We have counted eleven fledglings so far, a record for this country.',
      "Ornithologists link the birds' northward spread to warmer summers.",
    ],
    meta: {
      title: 'The quiet return of the bee-eater',
      sourceUrl: 'https://wildbritain.example/features/bee-eater-return',
      publisher: 'Wild Britain Magazine',
      author: 'Jane Holloway',
      publishedAt: '2025-07-08',
      modifiedAt: '2025-07-10',
      language: 'en',
    },
  },
  {
    name: 'English opinion page: itemprop metadata, comments and most-read aside',
    html: `<!DOCTYPE html><html lang="en"><head><title>Opinion: Four-day weeks work | The Northern Voice</title>
<meta property="og:site_name" content="The Northern Voice"></head>
<body>
<header><a href="/">The Northern Voice</a><ul class="menu"><li>News</li><li>Opinion</li><li>Sport</li></ul></header>
<div class="layout">
<div class="main-column" itemscope itemtype="https://schema.org/OpinionNewsArticle">
<h1 itemprop="headline">Four-day weeks work, and the evidence is in</h1>
<p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Daniel Okafor</span></span></p>
<time itemprop="datePublished" datetime="2025-02-14T07:00:00+00:00">14 February 2025</time>
<div itemprop="articleBody">
<p>Two years after sixty companies tried a four-day week, fifty-four of them have kept it.</p>
<p>Sick days fell by a third and staff turnover by half, while revenue stayed level.</p>
<p>It is time the rest of the economy paid attention.</p>
</div>
<section class="comments"><h2>Comments (3)</h2><div class="comment"><p>Not every job can be done in four days.</p></div><div class="comment"><p>My firm tried it and went back.</p></div></section>
</div>
<aside class="sidebar"><h2>Most read</h2><ol><li><a href="/a">Storm closes coastal road</a></li><li><a href="/b">Mayor resigns</a></li></ol></aside>
</div>
<footer>© 2025 The Northern Voice Ltd. All rights reserved.</footer>
</body></html>`,
    text: [
      'Four-day weeks work, and the evidence is in',
      'Two years after sixty companies tried a four-day week, fifty-four of them have kept it.',
      'Sick days fell by a third and staff turnover by half, while revenue stayed level.',
      'It is time the rest of the economy paid attention.',
    ],
    meta: {
      title: 'Four-day weeks work, and the evidence is in',
      sourceUrl: '',
      publisher: 'The Northern Voice',
      author: 'Daniel Okafor',
      publishedAt: '2025-02-14',
      modifiedAt: '',
      language: 'en',
    },
  },
];
