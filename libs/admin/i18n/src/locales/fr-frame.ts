// What the app's frame shows whatever the page: header, navigation, log-in, language switch. It comes
// with the app; every other group loads with the page that shows it (../page-texts.ts).
export const frFrame = {
  app: {
    title: 'Relais',
    tagline: 'L’entraide entre voisin·es',
    navigation: 'Navigation',
    openNavigation: 'Ouvrir la navigation',
    language: 'Langue',
    loading: 'Chargement…',
  },
  nav: {
    map: 'Carte',
    people: 'Personnes',
    queue: 'File du quartier',
    feed: 'Près de chez moi',
    tasks: 'Mes missions',
    profile: 'Mon profil',
    myRequests: 'Mes demandes',
    leaders: 'Leaders locaux',
    audit: 'Journal d’audit',
    retention: 'Conservation des données',
    outreach: 'Récap et campagnes',
    matchingSettings: 'Réglages de la mise en relation',
    leaderSettings: 'Réglages des leaders',
    campaigns: 'Campagnes',
    waysToHelp: 'Aider depuis chez soi',
  },
  common: {
    no: 'Non',
  },
  live: {
    connected: 'En direct',
    connecting: 'Connexion au direct…',
  },
  auth: {
    title: 'Se connecter',
    intro: 'L’entraide de quartier : demander un coup de main, en donner un, organiser.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    togglePassword: 'Afficher ou masquer les caractères saisis',
    submit: 'Se connecter',
    logout: 'Déconnexion',
    failed: 'Connexion impossible',
    notAllowedTitle: 'Accès réservé',
    notAllowed: 'Ce compte n’a accès à aucune page de Relais. Demandez à un·e organisateur·rice de votre quartier.',
  },
  // Where an erased person was, on any page.
  erasedPerson: 'Personne effacée',
  // The frame's links to pages whose other texts load with them.
  signUp: {
    link: 'Créer un compte',
    noAccount: 'Pas encore de compte\u00a0?',
  },
  privacy: {
    link: 'Confidentialité',
  },
  myData: {
    link: 'Mes données',
  },
  ideas: {
    nav: 'Le quartier d’après',
  },
  relays: {
    title: 'Mes relais',
  },
};
