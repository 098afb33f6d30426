import type { SavedPage } from './saved-page';

/**
 * Saved pages written after the extraction passes, and measured before any pass was changed for
 * them (docs/DECISIONS.md, "Article input").
 */
export const SAVED_LATER: SavedPage[] = [
  {
    name: 'English news page: the logo as <h1>, share panel, most watched, comments',
    html: `<!DOCTYPE html><html lang="en-GB"><head>
<title>Ferry services cut as fuel costs rise - The Coast Chronicle</title>
<meta name="twitter:title" content="Ferry services cut as fuel costs rise">
<meta property="og:site_name" content="The Coast Chronicle">
<link rel="canonical" href="https://coastchronicle.example/news/ferry-services-cut">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ReportageNewsArticle","headline":"Ferry services cut as fuel costs rise","datePublished":"2025-01-20T18:30:00+00:00","author":[{"@type":"Organization","name":"Coast Chronicle Newsroom"}]}</script>
</head><body>
<header><h1 class="logo"><a href="/">The Coast Chronicle</a></h1><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div id="main-content">
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></nav>
<div class="story-header"><h1>Ferry services cut as fuel costs rise</h1></div>
<div class="share-panel"><p>Share this with</p><a href="#">Email</a><a href="#">Facebook</a></div>
<div class="story-body">
<p>Island ferry services will run four times a day instead of six from March, the operator has announced.</p>
<p>It blamed a 40% rise in fuel costs over two years and a shortage of qualified crew.</p>
<p>Islanders say the cuts will make it harder to reach hospital appointments on the mainland.</p>
</div>
<div class="most-watched"><h2>Most watched</h2><ol><li>Storm waves hit harbour wall</li><li>Seal pup rescued on beach</li></ol></div>
<div class="comments"><h2>12 comments</h2><p>This is a disgrace for the islands.</p></div>
</div>
<footer><p>Copyright © 2025 The Coast Chronicle</p></footer>
</body></html>`,
    text: [
      'Ferry services cut as fuel costs rise',
      'Island ferry services will run four times a day instead of six from March, the operator has announced.',
      'It blamed a 40% rise in fuel costs over two years and a shortage of qualified crew.',
      'Islanders say the cuts will make it harder to reach hospital appointments on the mainland.',
    ],
    meta: {
      title: 'Ferry services cut as fuel costs rise',
      sourceUrl: 'https://coastchronicle.example/news/ferry-services-cut',
      publisher: 'The Coast Chronicle',
      author: 'Coast Chronicle Newsroom',
      publishedAt: '2025-01-20',
      modifiedAt: '',
      language: 'en',
    },
  },
  {
    name: 'French page: related block and newsletter inside the article, figure',
    html: `<!DOCTYPE html><html lang="fr-FR"><head>
<title>Marseille : le port accueillera les paquebots à quai électrique</title>
<meta property="og:title" content="Le port de Marseille électrifie ses quais">
<meta property="og:site_name" content="Provence Hebdo">
<meta name="author" content="Par Sophie Laurent">
<meta property="article:published_time" content="2025-08-01T00:15:00+02:00">
<link rel="canonical" href="https://www.provence-hebdo.example/marseille/port-quais-electriques?xtor=RSS-3">
</head><body>
<div class="header"><a href="/">Provence Hebdo</a> <a href="/abonnement">S'abonner</a></div>
<article>
<h1>Marseille : le port accueillera les paquebots à quai électrique</h1>
<p class="chapo">Trois nouveaux quais seront branchés sur le réseau d'ici 2026.</p>
<figure><img src="port.jpg" alt=""><figcaption>Le terminal croisières du port de Marseille.</figcaption></figure>
<p>Les paquebots pourront couper leurs moteurs pendant leur escale, ce qui réduira la pollution de l'air dans les quartiers nord.</p>
<section class="related"><h2>Sur le même sujet</h2><ul><li><a href="/a">Pollution : les croisiéristes mis en cause</a></li></ul></section>
<p>Le coût du projet, 60 millions d'euros, est partagé entre l'État, la Région et le port.</p>
<section id="inline-newsletter"><p>Recevez chaque jeudi notre lettre « Mer et littoral ».</p><form><input type="email"><button>Je m'inscris</button></form></section>
<p>Les premiers branchements sont prévus pour la saison 2026.</p>
</article>
<footer>© Provence Hebdo 2025</footer>
</body></html>`,
    text: [
      'Marseille : le port accueillera les paquebots à quai électrique',
      "Trois nouveaux quais seront branchés sur le réseau d'ici 2026.",
      'Le terminal croisières du port de Marseille.',
      "Les paquebots pourront couper leurs moteurs pendant leur escale, ce qui réduira la pollution de l'air dans les quartiers nord.",
      "Le coût du projet, 60 millions d'euros, est partagé entre l'État, la Région et le port.",
      'Les premiers branchements sont prévus pour la saison 2026.',
    ],
    meta: {
      title: 'Marseille : le port accueillera les paquebots à quai électrique',
      sourceUrl: 'https://www.provence-hebdo.example/marseille/port-quais-electriques',
      publisher: 'Provence Hebdo',
      author: 'Sophie Laurent',
      publishedAt: '2025-08-01',
      modifiedAt: '',
      language: 'fr',
    },
  },
  {
    name: 'English blog: sidebar first, the date as text, meta author',
    html: `<!DOCTYPE html><html lang="en"><head><title>Learning to bake sourdough | Crumb Notes</title>
<meta property="og:site_name" content="Crumb Notes"><meta name="author" content="Ada Lewis">
<link rel="author" href="/about"></head><body>
<div class="sidebar"><h3>About me</h3><p>I bake bread at weekends and write about it here.</p><h3>Archives</h3><ul><li>March 2025</li><li>February 2025</li></ul></div>
<main><header><h1>Learning to bake sourdough</h1><p class="post-date">March 3, 2025</p></header>
<p>My first loaf was flat, dense and sour. The second was worse.</p>
<p>What changed everything was feeding the starter twice a day for a week before baking.</p>
<p>Now the loaves rise, and the crust cracks the way it should.</p>
</main></body></html>`,
    text: [
      'Learning to bake sourdough',
      'My first loaf was flat, dense and sour. The second was worse.',
      'What changed everything was feeding the starter twice a day for a week before baking.',
      'Now the loaves rise, and the crust cracks the way it should.',
    ],
    meta: {
      title: 'Learning to bake sourdough',
      sourceUrl: '',
      publisher: 'Crumb Notes',
      author: 'Ada Lewis',
      publishedAt: '',
      modifiedAt: '',
      language: 'en',
    },
  },
];
