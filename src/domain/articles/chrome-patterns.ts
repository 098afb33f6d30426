// The phrases of site chrome in French and English, matched against line keys (lineKey): lower
// case, straight apostrophes, single spaces. Each table is tested on the pasted-article corpus
// (src/domain/test-data/pasted-articles-*.ts); docs/DECISIONS.md, "Article input", lists the rules.

/** Words that make up a menu, footer link or page tool when they are a line's whole text. */
export const MENU_PHRASES = new Set([
  'menu', 'accueil', 'home', 'rechercher', 'recherche', 'search', 'se connecter', 'connexion',
  'log in', 'login', 'sign in', 'sign up', "s'abonner", 'abonnez-vous', "je m'abonne",
  'subscribe', 'mon compte', 'my account', 'fermer', 'close', 'retour', 'back', 'navigation',
  'aller au contenu', 'aller au contenu principal', 'skip to content', 'skip to main content',
  'passer au contenu', 'passer au contenu principal', 'ouvrir le menu', 'fermer le menu',
  'open menu', 'close menu', 'open navigation',
  'toutes les rubriques', 'all sections', 'sections', 'rubriques', 'en direct', 'direct', 'live',
  'vidéos', 'videos', 'podcasts', 'newsletters', 'suivez-nous', 'follow us', "s'identifier",
  'mentions légales', 'politique de confidentialité', 'données personnelles', 'privacy',
  'privacy policy', 'terms of use', 'terms of service', 'terms', 'cgu', 'cgv', 'plan du site',
  'sitemap', 'contact', 'contactez-nous', 'contact us', 'nous contacter', 'qui sommes-nous',
  'qui sommes-nous ?', 'about', 'about us', 'à propos', 'careers', 'recrutement', 'jobs',
  'gérer les cookies', 'cookie settings', 'édition du soir', 'le journal', 'archives',
  'faq', 'aide', 'help', 'offrir', 'gift', 'international', 'france', 'world', 'uk', 'us',
  'politique', 'politics', 'économie', 'economie', 'business', 'société', 'societe', 'culture',
  'sport', 'sports', 'sciences', 'science', 'tech', 'technology', 'technologie', 'santé',
  'health', 'planète', 'climate', 'environment', 'idées', 'opinion', 'opinions', 'débats',
  'm le mag', 'lifestyle', 'travel', 'voyage', 'immobilier', 'emploi', 'météo', 'weather',
  'a la une', 'à la une', 'news', 'actualités', 'actualité', 'monde', 'europe', 'régions',
  'local', 'faits divers', 'justice', 'education', 'éducation', 'entertainment', 'arts',
  'la newsletter', 'mes favoris', 'my saved articles', 'notifications',
]); // prettier-ignore

/** The share buttons that start a line. */
export const SHARE =
  /^(?:partager|partagez|share(?: this(?: article| story| page)?| on \w+)?|tweet(?:er)?|copier le lien|copy(?: the)? link|lien copié|link copied|imprimer|print|envoyer par e-?mail|offrir (?:cet|l')article|gift(?: this)? article|j'aime(?: ça)?|like this|sauvegarder|enregistrer|save|ajouter à mes favoris|écouter cet article|listen to (?:this )?article)\b/u;

/** A share line's words, for lines made only of them. */
export const SHARE_WORD =
  /^(?:partager|share|facebook|twitter|x|linkedin|whatsapp|messenger|email|e-mail|mail|imprimer|print|copier|copy|link|lien|pinterest|reddit|bluesky|threads|telegram|flipboard|sur|on|le|the|this|article|:|\||·|•)$/u;

/** A line about cookies (with COOKIE_ASK, a consent question). */
export const COOKIE_ABOUT = /\bcookies?\b|\btraceurs\b/u;
/** What a cookie line asks: consent, settings, a policy. */
export const COOKIE_ASK =
  /\b(?:accept|accepter|acceptez|refus|reject|paramétr|param[eè]tres|settings|consent|gérer|manage|utilis|we use|politique|policy|partenaires|partners|choix|choices)/u;
/** A cookie banner's heading. */
export const COOKIE_TITLE =
  /^(?:cookies|les cookies|gestion des cookies|cookie (?:notice|policy|settings|preferences))\b/u;
/** A cookie banner's buttons. */
export const COOKIE_BUTTON =
  /^(?:tout accepter|accept all|accept|reject all|tout refuser|refuser|continuer sans accepter|accepter et fermer|accepter et continuer|j'accepte|i agree|i accept|ok, j'ai compris|got it|personnaliser|customize|manage preferences|gérer mes choix)$/u;

/** A newsletter box's opener. */
export const NEWSLETTER =
  /\bnewsletters?\b|\blettre d'information\b|^votre (?:adresse )?e-?mail\b|^your email\b|^(?:email address|adresse e-?mail)$|^(?:je m'inscris|s'inscrire|inscrivez-vous|sign me up|sign up now)$|^(?:recevez|abonnez-vous|inscrivez-vous|sign up|subscribe)\b.*\b(?:e-?mail|inbox|boîte)/u;
/** The words of the lines of a newsletter box. */
export const NEWSLETTER_WORDS =
  /newsletter|lettre|e-?mail|inscri|abonne|subscri|sign up|inbox|boîte|données personnelles|personal data|privacy|confidentialité|désinscri|unsubscribe|chaque (?:matin|soir|semaine|jour)|every (?:morning|evening|week|day)|gratuit|free|spam/u;

/** The heading of an error-report form. */
export const ERROR_FORM =
  /^(?:une erreur dans (?:le|ce|cet) (?:texte|article)|signaler une (?:erreur|faute|coquille)|vous avez (?:repéré|trouvé|relevé|vu) une (?:erreur|faute|coquille)|une faute \?|spotted (?:an error|a mistake|a typo)|report an? (?:error|mistake|typo)|found (?:an error|a mistake|a typo)|see a mistake|corrections? form)\b/u;
/** The words of the lines of an error-report form. */
export const ERROR_FORM_WORDS =
  /erreur|faute|coquille|typo|error|mistake|formulaire|\bform\b|étape|\bstep\b|cliquez|click|sélectionnez|select|envoyer|\bsend\b|submit|valider|signaler|report|contact|merci|thank|suggestion|indiquer|let us know|tell us|bon endroit|right place|paragraphe|paragraph|correction|message/u;

/** "Read also" links, inline or heading a list. */
export const READ_ALSO =
  /^(?:à lire aussi|a lire aussi|lire aussi|à lire également|lire également|voir aussi|à voir aussi|à voir également|read (?:more|also|next)|see also|related(?: articles| stories| content| coverage)?|also read|more on this (?:story|topic)|more from|sur le même sujet|articles similaires|articles liés|similar posts|related posts|sur le même thème|dans la même rubrique|nos articles sur le sujet|les plus lus|les plus partagés|most (?:read|popular|viewed|shared)|recommended(?: for you)?|you may (?:also )?like|you might also like|vous aimerez aussi|vous aimerez aussi|à découvrir|plus d'articles|more stories|recommandé pour vous|les dernières actualités|latest news|latest stories|top stories|en ce moment|trending)\b/u;

/** Copyright lines, which start the page footer. */
export const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)|©\s*\d{4}|\btous droits réservés\b|\ball rights reserved\b|reproduction interdite/u;

/** Advertising, paywall and sponsored-content markers. */
export const AD =
  /^(?:publicité|advertisement|advertising|ad|pub|annonce|sponsorisé|sponsored|sponsored content|contenu sponsorisé|contenu partenaire|paid content|partner content|story continues below(?: advertisement)?|article continues below|la suite après (?:cette|la) publicité|la suite après la publicité|article réservé aux abonnés|réservé aux abonnés|subscribers only|abonnés|premium|cet article vous est offert|this article is free to read)$/u;

/** Comment counts and comment-form buttons. */
export const COMMENTS =
  /^\d+ (?:réflexions?|commentaires?|thoughts?|responses?|replies|reply) (?:sur|on|to)\b|^(?:\d+ )?(?:commentaires?|comments?|réactions?|laisser un commentaire|leave a (?:comment|reply)|voir les(?: \d+)? commentaires|show(?: \d+)? comments|view(?: \d+)? comments|add a comment|ajouter un commentaire|join the conversation|rejoignez la discussion|poster un commentaire)(?: \(\d+\))?$/u;

/** Reading-time lines. */
export const READING_TIME =
  /^(?:temps de )?lecture ?: ?\d+ ?min|^\d+ ?(?:min|minutes?) (?:read|de lecture)$|^reading time ?: ?\d+/u;

/** Separators of menus and breadcrumbs written on one line. */
export const SEPARATORS = /\s*(?:[|›»>→•·/\\]|\t| {2,})\s*/u;

/** The first crumb of a breadcrumb. */
export const HOME = /^(?:accueil|home|actualités|actualité|news|la une|une|start)$/u;

/** A headline glued to its breadcrumb, as a page's text copies ("HomeTechnologyApple unveils…"). */
export const GLUED_HOME = /^(?:Home|Accueil|News|Actualités)(?=[A-ZÀ-ÖØ-Þ])/u;
/** One more crumb glued to the next one ("Technology" in "TechnologyApple"). */
export const GLUED_CRUMB = /^(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-Z]{2,})(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’ ])/u;

/** A date line, which belongs to the article even before its headline. */
export const DATELINE =
  /^(?:publié|mis à jour|modifié|actualisé|posted|published|updated|le \d|il y a|\d+ (?:hours?|minutes?|days?) ago)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4}\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\b/u;
/** A byline ("Par Claire Dubois", "By Sarah Jenkins"). */
export const BYLINE = /^(?:par|by|texte|words|reporting by)\s+\p{Lu}/u;
