import type { PastedArticle } from './pasted-article';

/**
 * Pasted articles written after the chrome rules, and measured before any rule was changed for
 * them (docs/DECISIONS.md, "Article input").
 */
export const PASTED_LATER: PastedArticle[] = [
  {
    name: 'regional site: edition, menu button, reading time in the byline',
    language: 'fr',
    title: 'Un nouveau pont sur la Saône ouvrira en 2028',
    pasted: `✂ Passer au contenu
✂ Édition du soir
✂ Ouvrir le menu
✂ Lyon
Un nouveau pont sur la Saône ouvrira en 2028
Le chantier, d'un coût de 95 millions d'euros, doit commencer à l'automne.
Par Julie Fabre - Aujourd'hui à 06:00 - Temps de lecture : 3 min
✂ Offrir l'article
Le pont reliera le quartier de Vaise à la presqu'île. Il sera réservé aux piétons, aux vélos et aux transports en commun.
✂ À lire aussi
✂ Lyon : la rive droite de la Saône bientôt piétonne
Les riverains, consultés au printemps, ont approuvé le projet à 68 %.
✂ Vous avez aimé cet article ? Inscrivez-vous à notre newsletter
✂ Plus d'articles`,
  },
  {
    name: 'news site: listen button, more-on-this-story and topics',
    language: 'en',
    title: 'Minister resigns over expenses claims',
    pasted: `✂ Close
✂ Search
✂ Politics
Minister resigns over expenses claims
✂ Listen to this article
The transport minister has resigned after claims that he billed taxpayers for a holiday home.
In a letter to the prime minister, he said he had "made mistakes" but denied breaking any rules.
✂ Advertisement
The opposition called for a full inquiry.
✂ More on this story
✂ Expenses watchdog to review rules
✂ Who is the new transport minister?
✂ Related Topics
✂ Politics
✂ Transport`,
  },
  {
    name: 'WordPress blog: share and like widgets, similar posts, comments',
    language: 'fr',
    title: "Comment j'ai réduit ma facture d'électricité de 30 %",
    pasted: `Comment j'ai réduit ma facture d'électricité de 30 %
12 mars 2025 · Marc
Après l'arrivée de mon compteur, j'ai commencé à suivre ma consommation heure par heure.
Le chauffe-eau tournait l'après-midi, au tarif plein : le programmer la nuit a suffi à gagner 12 %.
Le reste vient du chauffage, baissé d'un degré, et d'un vieux congélateur enfin remplacé.
✂ Partager :
✂ Twitter
✂ Facebook
✂ J'aime ça :
✂ Articles similaires
✂ 3 réflexions sur « Comment j'ai réduit ma facture d'électricité de 30 % »
✂ Laisser un commentaire`,
  },
  {
    name: 'science page: glued menu, cookie notice, image credit',
    language: 'en',
    title: 'Space telescope finds water vapour on distant planet',
    pasted: `✂ Cookies on this site
✂ We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use it.
✂ Accept additional cookies
✂ Reject additional cookies
⟦NewsScience⟧Space telescope finds water vapour on distant planet
2 hours ago
The planet, twice the size of Earth, orbits a small star 120 light years away.
Astronomers detected the vapour as the planet passed in front of its star.
"It is the best candidate yet for a habitable world," the lead author said.
✂ Share
✂ Copyright 2025. All rights reserved.`,
  },
  {
    name: 'agency copy with a dateline and an end mark',
    language: 'fr',
    title: 'Grève des contrôleurs aériens : 30 % des vols annulés jeudi',
    pasted: `✂ Accueil
✂ Économie
Grève des contrôleurs aériens : 30 % des vols annulés jeudi
Paris (AFP) - La Direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols.
Les aéroports de Marseille et de Nice seront les plus touchés, avec la moitié des vols supprimés.
Le syndicat à l'origine du mouvement réclame des recrutements.
✂ © Agence France-Presse`,
  },
  {
    name: 'English local news: print and email buttons, most popular',
    language: 'en',
    title: 'Swimming pool to close for a year of repairs',
    pasted: `✂ Sign in
✂ Subscribe
✂ News
Swimming pool to close for a year of repairs
✂ Print
✂ Email
The leisure centre pool will close in May while its roof is replaced.
Swimming lessons will move to the school pool on the other side of town.
✂ Most popular
✂ Road closed after lorry fire
✂ Cafe wins award for best breakfast`,
  },
];
