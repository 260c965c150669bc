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
  myDay: {
    title: 'My day',
    nothing: 'No task of yours is overdue or due today.',
    overdue_one: '{{count}} overdue task',
    overdue_other: '{{count}} overdue tasks',
    today_one: '{{count}} task due today',
    today_other: '{{count}} tasks due today',
    allTasks: 'All my tasks',
  },
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
  myDay: {
    title: 'Ma journée',
    nothing: 'Aucune de vos tâches n’est en retard ni à faire aujourd’hui.',
    overdue_one: '{{count}} tâche en retard',
    overdue_other: '{{count}} tâches en retard',
    today_one: '{{count}} tâche pour aujourd’hui',
    today_other: '{{count}} tâches pour aujourd’hui',
    allTasks: 'Toutes mes tâches',
  },
};

export default { en, fr };
