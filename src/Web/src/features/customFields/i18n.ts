/** The texts of custom fields in the contact and company forms and pages (the administration page has its own). */
const en = {
  legend: 'Other details',
  required: '{{label}} (required)',
  notSet: 'Not set',
  retiredOption: '{{label}} (no longer offered)',
  amountIn: 'Amount in {{currency}}.',
  urlHint: 'An address starting with https://',
  number: 'Enter a number, such as 1234.5.',
  loadFailed: 'The custom fields could not be loaded: their values are kept as they are.',
  retry: 'Try again',
};

const fr: typeof en = {
  legend: 'Autres informations',
  required: '{{label}} (obligatoire)',
  notSet: 'Non renseigné',
  retiredOption: '{{label}} (plus proposé)',
  amountIn: 'Montant en {{currency}}.',
  urlHint: 'Une adresse commençant par https://',
  number: 'Saisissez un nombre, par exemple 1234,5.',
  loadFailed: 'Les champs personnalisés n’ont pas pu être chargés : leurs valeurs restent inchangées.',
  retry: 'Réessayer',
};

export default { en, fr };
