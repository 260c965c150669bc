const en = {
  label: 'Notifications',
  labelWithCount_one: 'Notifications, {{count}} unread',
  labelWithCount_other: 'Notifications, {{count}} unread',
  title: 'Notifications',
  empty: 'No notifications yet.',
  loading: 'Loading notifications…',
  markAllRead: 'Mark all read',
  unread: 'Unread',
  failed: 'The notifications could not be loaded.',
};

const fr: typeof en = {
  label: 'Notifications',
  labelWithCount_one: 'Notifications, {{count}} non lue',
  labelWithCount_other: 'Notifications, {{count}} non lues',
  title: 'Notifications',
  empty: 'Aucune notification pour l’instant.',
  loading: 'Chargement des notifications…',
  markAllRead: 'Tout marquer comme lu',
  unread: 'Non lue',
  failed: 'Les notifications n’ont pas pu être chargées.',
};

export default { en, fr };
