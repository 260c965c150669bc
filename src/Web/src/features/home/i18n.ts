const en = {
  title: 'Home',
  greeting: 'Hello, {{name}}',
  contacts: 'Contacts you can see',
  newContact: 'New contact',
  allContacts: 'All contacts',
  paletteHint: 'Press Ctrl+K anywhere to find a contact or open a screen.',
  securityTitle: 'Protect your account',
  securityBody: 'Two-step verification keeps your account safe even if your password leaks.',
  securityAction: 'Set up two-step verification',
};

const fr: typeof en = {
  title: 'Accueil',
  greeting: 'Bonjour, {{name}}',
  contacts: 'Contacts visibles',
  newContact: 'Nouveau contact',
  allContacts: 'Tous les contacts',
  paletteHint: 'Appuyez sur Ctrl+K n’importe où pour trouver un contact ou ouvrir un écran.',
  securityTitle: 'Protégez votre compte',
  securityBody: 'La validation en deux étapes protège votre compte même si votre mot de passe fuit.',
  securityAction: 'Activer la validation en deux étapes',
};

export default { en, fr };
