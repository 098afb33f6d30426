import { paragraphs, type SavedPage } from './saved-page';

const DISPATCH = [
  'PARIS, 5 juin 2025 — Le gouvernement a présenté jeudi un plan de 2 milliards d’euros pour rénover les écoles les plus anciennes.',
  'Quelque 4 500 bâtiments construits avant 1975 sont concernés, selon le ministère.',
  'Les travaux porteront en priorité sur l’isolation et le remplacement des chaudières au fioul.',
];

const SAVED_COMPLETE = [
  'La piscine municipale rouvre après deux ans de travaux',
  'Le bassin de 50 mètres a été entièrement refait et les vestiaires agrandis.',
  'L’entrée reste à 3 euros pour les habitants de la commune, 4,50 euros pour les autres.',
  'Des créneaux réservés aux scolaires sont prévus chaque matin en semaine.',
];

/** Regional and agency pages, a page saved "complete", a list-heavy page and a short one. */
export const SAVED_MORE: SavedPage[] = [
  {
    name: 'French regional page: og:title with a suffix, a date late in the evening',
    html: `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Tempête Ciarán : 12 000 foyers privés d'électricité | Ouest Matin</title>
<meta property="og:title" content="Tempête Ciarán : 12 000 foyers privés d'électricité - Ouest Matin">
<meta property="og:site_name" content="Ouest Matin">
<meta property="og:url" content="https://www.ouest-matin.example/meteo/tempete-ciaran-12000-foyers">
<meta property="article:author" content="Yann Le Goff">
<meta property="article:published_time" content="2025-11-02T23:40:00+01:00">
</head><body>
<div class="top-bar"><a href="/abonnement">Je m'abonne</a> <a href="/connexion">Se connecter</a></div>
<div class="container"><div class="col-main">
<div class="article-header"><span class="kicker">Météo</span>
<h1>Tempête Ciarán : 12 000 foyers privés d'électricité</h1></div>
<div class="article-content">
<p>Les rafales ont atteint 150 km/h à la pointe du Raz dans la nuit de dimanche à lundi.</p>
<p>Enedis a mobilisé 800 techniciens pour rétablir le courant d'ici mardi soir.</p>
<p class="inline-related"><strong>À lire aussi :</strong> <a href="/meteo/vigilance">Vigilance orange levée dans le Finistère</a></p>
<p>Les écoles du littoral resteront fermées lundi, a annoncé la préfecture.</p>
</div></div>
<div class="col-side"><div class="widget"><h3>Les plus lus</h3><ul><li>Un chalutier rentre au port</li><li>Le pont de l'Iroise fermé</li></ul></div></div></div>
<footer>Ouest Matin © 2025</footer>
</body></html>`,
    text: [
      "Tempête Ciarán : 12 000 foyers privés d'électricité",
      'Les rafales ont atteint 150 km/h à la pointe du Raz dans la nuit de dimanche à lundi.',
      "Enedis a mobilisé 800 techniciens pour rétablir le courant d'ici mardi soir.",
      'Les écoles du littoral resteront fermées lundi, a annoncé la préfecture.',
    ],
    meta: {
      title: "Tempête Ciarán : 12 000 foyers privés d'électricité",
      sourceUrl: 'https://www.ouest-matin.example/meteo/tempete-ciaran-12000-foyers',
      publisher: 'Ouest Matin',
      author: 'Yann Le Goff',
      publishedAt: '2025-11-02',
      modifiedAt: '',
      language: 'fr',
    },
  },
  {
    name: 'French agency dispatch: Dublin Core and JSON-LD publisher only',
    html: `<!DOCTYPE html><html lang="fr"><head><title>Écoles : un plan de 2 milliards pour la rénovation</title>
<meta name="DC.creator" content="Agence Centrale de Presse">
<meta name="date" content="2025-06-05">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Écoles : un plan de 2 milliards pour la rénovation","mainEntityOfPage":{"@type":"WebPage","@id":"https://depeches.example/fr/2025/06/05/ecoles-plan-renovation"},"publisher":{"@type":"Organization","name":"Dépêches.example"}}</script>
</head><body>
<div class="menu">Accueil · France · Monde · Économie</div>
<div class="depeche">
<h1>Écoles : un plan de 2 milliards pour la rénovation</h1>
${paragraphs(...DISPATCH)}
<p class="signature">ACP</p>
</div>
<div class="footer">Reproduction interdite sans autorisation. © ACP 2025</div>
</body></html>`,
    text: ['Écoles : un plan de 2 milliards pour la rénovation', ...DISPATCH],
    meta: {
      title: 'Écoles : un plan de 2 milliards pour la rénovation',
      sourceUrl: 'https://depeches.example/fr/2025/06/05/ecoles-plan-renovation',
      publisher: 'Dépêches.example',
      author: 'Agence Centrale de Presse',
      publishedAt: '2025-06-05',
      modifiedAt: '',
      language: 'fr',
    },
  },
  {
    name: 'French page saved "Web page, complete", with its _files links',
    html: `<!DOCTYPE html>
<!-- saved from url=(0066)https://www.ville-infos.example/sports/piscine-municipale-reouverture -->
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>La piscine municipale rouvre après deux ans de travaux</title>
<link rel="stylesheet" href="./La piscine municipale rouvre_files/main.css">
<script src="./La piscine municipale rouvre_files/app.js"></script>
<meta property="og:site_name" content="Ville Infos">
<meta name="author" content="Rédaction Ville Infos">
<meta property="article:published_time" content="2025-09-01T06:00:00+02:00">
</head><body>
<header><img src="./La piscine municipale rouvre_files/logo.png" alt="Ville Infos"><nav><a href="https://www.ville-infos.example/">Accueil</a><a href="https://www.ville-infos.example/sports">Sports</a></nav></header>
<section class="main"><article>
<h1>${SAVED_COMPLETE[0]}</h1>
<img src="./La piscine municipale rouvre_files/piscine.jpg" alt="">
${paragraphs(...SAVED_COMPLETE.slice(1))}
<div class="tags">Mots-clés : <a href="/tag/piscine">piscine</a>, <a href="/tag/sport">sport</a></div>
</article></section>
<div class="newsletter"><p>Recevez la newsletter de Ville Infos chaque matin dans votre boîte e-mail.</p><form><input type="email"><button>S'inscrire</button></form></div>
<footer><p>© Ville Infos 2025</p></footer>
</body></html>`,
    text: SAVED_COMPLETE,
    meta: {
      title: 'La piscine municipale rouvre après deux ans de travaux',
      sourceUrl: 'https://www.ville-infos.example/sports/piscine-municipale-reouverture',
      publisher: 'Ville Infos',
      author: 'Rédaction Ville Infos',
      publishedAt: '2025-09-01',
      modifiedAt: '',
      language: 'fr',
    },
  },
  {
    name: 'French explainer with a list, a subheading and a quotation',
    html: `<!DOCTYPE html><html lang="fr"><head><title>Ce qui change au 1er juillet – Le Quotidien du Centre</title>
<meta property="og:title" content="Ce qui change au 1er juillet">
<meta property="og:site_name" content="Le Quotidien du Centre">
<link rel="canonical" href="/pratique/ce-qui-change-1er-juillet">
<meta property="og:url" content="https://www.quotidien-centre.example/pratique/ce-qui-change-1er-juillet">
<meta property="article:published_time" content="2025-06-30">
</head><body>
<nav class="main-nav"><ul><li>Accueil</li><li>Pratique</li></ul></nav>
<main><article>
<h1>Ce qui change au 1er juillet</h1>
<p>Comme chaque été, plusieurs mesures entrent en vigueur au début du mois.</p>
<h2>Les tarifs</h2>
<ul><li>Le timbre vert passe à 1,39 euro.</li><li>Le tarif réglementé du gaz baisse de 3 %.</li></ul>
<h2>Les aides</h2>
<p>Le chèque énergie est versé automatiquement aux ménages modestes.</p>
<blockquote><p>Aucune démarche n'est nécessaire pour le recevoir.</p></blockquote>
<div class="social"><a href="#">Partager</a><a href="#">Imprimer</a></div>
</article></main>
<footer>Le Quotidien du Centre © 2025</footer>
</body></html>`,
    text: [
      'Ce qui change au 1er juillet',
      'Comme chaque été, plusieurs mesures entrent en vigueur au début du mois.',
      'Les tarifs',
      'Le timbre vert passe à 1,39 euro.',
      'Le tarif réglementé du gaz baisse de 3 %.',
      'Les aides',
      'Le chèque énergie est versé automatiquement aux ménages modestes.',
      "Aucune démarche n'est nécessaire pour le recevoir.",
    ],
    meta: {
      title: 'Ce qui change au 1er juillet',
      sourceUrl: 'https://www.quotidien-centre.example/pratique/ce-qui-change-1er-juillet',
      publisher: 'Le Quotidien du Centre',
      author: '',
      publishedAt: '2025-06-30',
      modifiedAt: '',
      language: 'fr',
    },
  },
  {
    name: 'English short news item under a page of chrome',
    html: `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens after repairs — Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<meta property="og:url" content="https://valleypost.example/2025/04/bridge-reopens">
<meta property="article:published_time" content="2025-04-11T12:00:00+01:00"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/jobs">Jobs</a></nav></header>
<div class="promo-strip"><a href="/subscribe">Subscribe for £1 a week</a></div>
<article><h1>Bridge reopens after repairs</h1>
<p>The Mill Lane bridge reopened to traffic on Friday after six weeks of repairs to its supports.</p></article>
<aside><h2>Latest news</h2><ul><li><a href="/a">School wins national prize</a></li><li><a href="/b">Market to move for summer</a></li><li><a href="/c">New doctor's surgery opens</a></li></ul></aside>
<footer><p>© 2025 Valley Post</p></footer>
</body></html>`,
    text: [
      'Bridge reopens after repairs',
      'The Mill Lane bridge reopened to traffic on Friday after six weeks of repairs to its supports.',
    ],
    meta: {
      title: 'Bridge reopens after repairs',
      sourceUrl: 'https://valleypost.example/2025/04/bridge-reopens',
      publisher: 'Valley Post',
      author: '',
      publishedAt: '2025-04-11',
      modifiedAt: '',
      language: 'en',
    },
  },
];
