import type { PastedArticle } from './pasted-article';

/** French pasted articles (see pasted-article.ts for the marks). */
export const PASTED_FR: PastedArticle[] = [
  {
    name: 'error form before the title',
    language: 'fr',
    title: 'La mairie renonce au parking souterrain de la place du Marché',
    pasted: `✂ Une erreur dans le texte ?

✂ C'est le bon endroit pour nous l'indiquer !
✂ Attention, ce formulaire ne sert qu'à signaler une erreur. Pour toute autre demande, écrivez-nous par la page de contact. Merci.

✂ Étape 1

✂ Cliquez sur le paragraphe qui contient l'erreur !

La mairie renonce au parking souterrain de la place du Marché

Le projet, estimé à 14 millions d'euros, ne verra pas le jour. Le conseil municipal a voté jeudi soir son abandon à une large majorité.

"Le coût a doublé en deux ans", a justifié l'adjoint chargé des travaux, qui promet une concertation sur l'avenir de la place.

L'opposition dénonce un "gâchis" : 800 000 euros d'études ont déjà été dépensés.`,
  },
  {
    name: 'menu, breadcrumb, share and read-also',
    language: 'fr',
    title: 'Le prix du ticket de bus passe à 2 euros au 1er janvier',
    pasted: `✂ Aller au contenu principal
✂ Menu
✂ Rechercher
✂ Se connecter
✂ S'abonner
✂ Accueil › Région › Transports
Le prix du ticket de bus passe à 2 euros au 1er janvier
L'autorité organisatrice des transports justifie la hausse par le coût de l'énergie.
Par Claire Dubois
Publié le 12 décembre 2025 à 18h04
✂ Partager sur Facebook
✂ Partager sur X
✂ Copier le lien
Le ticket à l'unité coûtera 2 euros, contre 1,70 euro aujourd'hui. L'abonnement mensuel, lui, reste à 45 euros.
✂ Lire aussi | Le tramway prolongé jusqu'à l'hôpital en 2027
Selon l'autorité, la dépense de carburant a augmenté de 22 % en un an. Les associations d'usagers demandent un tarif social.
✂ © Le Courrier régional 2025`,
  },
  {
    name: 'newsletter box in the middle',
    language: 'fr',
    title: 'Sécheresse : 62 départements en alerte renforcée',
    pasted: `✂ Planète
Sécheresse : 62 départements en alerte renforcée

Le ministère de la Transition écologique a publié mardi une carte inquiétante.

Les restrictions d'usage de l'eau concernent désormais plus de la moitié du territoire. Le remplissage des piscines privées est interdit dans 40 départements.

✂ Newsletter
✂ Recevez chaque matin l'essentiel de l'actualité environnementale
✂ Votre adresse e-mail
✂ S'inscrire
✂ En vous inscrivant, vous acceptez notre politique de confidentialité.

Les agriculteurs craignent pour les récoltes de maïs, dont l'irrigation est limitée à deux jours par semaine.

Météo-France n'annonce pas de pluies significatives avant la fin du mois.`,
  },
  {
    name: 'cookie banner and footer',
    language: 'fr',
    title: 'Un médecin sur quatre a plus de 60 ans en zone rurale',
    pasted: `✂ Nous utilisons des cookies pour améliorer votre expérience. Vous pouvez accepter ou paramétrer vos choix.
✂ Tout accepter
✂ Continuer sans accepter

Un médecin sur quatre a plus de 60 ans en zone rurale

Selon une étude publiée lundi, la part des généralistes proches de la retraite atteint 26 % dans les communes de moins de 2 000 habitants.

Dans les grandes villes, cette part n'est que de 14 %.

L'étude recommande d'augmenter le nombre d'internes accueillis en stage hors des centres hospitaliers universitaires.

✂ Mentions légales
✂ Politique de confidentialité
✂ Gérer les cookies
✂ © 2025 Santé Hebdo – Tous droits réservés`,
  },
  {
    name: 'read-also list at the end',
    language: 'fr',
    title: 'Le festival de jazz accueille 40 000 spectateurs, un record',
    pasted: `Le festival de jazz accueille 40 000 spectateurs, un record

Les organisateurs se félicitent d'une fréquentation en hausse de 15 % par rapport à l'an dernier.

La soirée de clôture, gratuite, a réuni à elle seule 9 000 personnes sur les quais.

Le budget de l'édition 2026 sera voté au printemps.

✂ Sur le même sujet
✂ Les musiciens de rue réclament plus d'emplacements
✂ Le parc des expositions rouvrira en septembre
✂ Concerts : la préfecture renforce les contrôles`,
  },
  {
    name: 'title repeated as a heading after a sticky bar',
    language: 'fr',
    title: 'Réforme des retraites : ce qui change pour les fonctionnaires',
    pasted: `✂ Menu
✂ Réforme des retraites : ce qui change pour les fonctionnaires
✂ Partager
✂ Économie
Réforme des retraites : ce qui change pour les fonctionnaires
Le décret d'application est paru samedi au Journal officiel.
Le calcul de la pension reste fondé sur les six derniers mois de traitement.
L'âge de départ recule en revanche de trois mois par génération, à partir de celle de 1965.
Les syndicats appellent à une journée de grève le 14 février.`,
  },
  {
    name: 'ad markers and comments',
    language: 'fr',
    title: "Incendie d'un entrepôt à Vénissieux : 80 pompiers mobilisés",
    pasted: `✂ Faits divers
Incendie d'un entrepôt à Vénissieux : 80 pompiers mobilisés
Le 3 mars 2025 à 7h45
Le feu s'est déclaré vers 4 heures du matin dans un entrepôt de pneus de la zone industrielle.
✂ Publicité
Un épais panache de fumée noire était visible à plusieurs kilomètres. La préfecture a demandé aux riverains de fermer leurs fenêtres.
✂ La suite après la publicité
Aucun blessé n'est à déplorer. Une enquête a été ouverte pour déterminer l'origine du sinistre.
✂ 12 commentaires
✂ Laisser un commentaire`,
  },
  {
    name: 'markdown file with a glued breadcrumb',
    language: 'fr',
    title: 'La SNCF commande 30 nouvelles rames pour ses TER',
    pasted: `⟦AccueilÉconomieEntreprises⟧La SNCF commande 30 nouvelles rames pour ses TER

Le contrat, d'un montant de 450 millions d'euros, a été signé avec un constructeur alsacien.

Les premières rames circuleront en 2028 sur les lignes de Bretagne et des Pays de la Loire.

"C'est la plus grosse commande régionale depuis dix ans", souligne la direction.

✂ Temps de lecture : 2 min`,
  },
  {
    name: 'signalement form in English words of the site',
    language: 'fr',
    title: 'Les loyers étudiants ont augmenté de 6 % à la rentrée',
    pasted: `✂ Signaler une erreur
✂ Vous avez repéré une faute dans cet article ? Ce formulaire sert uniquement à nous la signaler.
✂ Sélectionnez le paragraphe concerné.
✂ Envoyer
Les loyers étudiants ont augmenté de 6 % à la rentrée
Une association de locataires a comparé 12 000 annonces publiées en août.
Un studio coûte en moyenne 560 euros par mois dans les villes universitaires, contre 528 euros l'an dernier.
À Paris, le loyer moyen dépasse 900 euros.
✂ À lire aussi : Logement étudiant, les Crous ouvrent 3 000 places`,
  },
  {
    name: 'clean article with a byline, no chrome',
    language: 'fr',
    title: 'Le lac de Serre-Ponçon retrouve son niveau normal',
    pasted: `Le lac de Serre-Ponçon retrouve son niveau normal

Par Marc Olivier

Après deux étés de sécheresse, le plus grand lac artificiel de France est de nouveau plein.

Les pluies abondantes de l'automne ont suffi à remonter son niveau de 12 mètres.

Les communes riveraines espèrent une saison touristique complète.`,
  },
  {
    name: 'menu on one line and a subscription wall',
    language: 'fr',
    title: "Vélo : la piste cyclable de l'avenue Jean-Jaurès sera élargie",
    pasted: `✂ Accueil | Politique | Société | Économie | Culture | Sport
✂ Société
Vélo : la piste cyclable de l'avenue Jean-Jaurès sera élargie
Les travaux commenceront en avril et dureront six mois.
La piste passera de 1,5 à 2,5 mètres de large sur 1,2 kilomètre.
✂ Article réservé aux abonnés
La circulation automobile sera réduite à une voie dans chaque sens pendant le chantier.
✂ Suivez-nous
✂ Facebook Twitter LinkedIn`,
  },
];
