const en = {
  open: 'Log a call / visit report',
  title: 'Log a call or a visit report',
  kind: { label: 'What', Call: 'Call', Visit: 'Visit report' },
  when: 'When',
  direction: { label: 'Direction', Outbound: 'Outbound (I called)', Inbound: 'Inbound (they called)' },
  minutes: 'Duration (minutes)',
  outcome: { label: 'Outcome', Reached: 'Reached', NoAnswer: 'No answer', LeftMessage: 'Left a message', Busy: 'Busy', WrongNumber: 'Wrong number' },
  location: 'Where (optional)',
  subject: 'Subject (optional)',
  notes: { Call: 'Notes (optional)', Visit: 'Report' },
  submit: { Call: 'Log the call', Visit: 'Save the report' },
  saving: 'Saving…',
  cancel: 'Cancel',
  logged: { Call: 'The call was logged.', Visit: 'The visit report was saved.' },
  deal: { title: 'Calls and visits', empty: 'No call or visit logged about this deal yet.' },
  codes: {
    interaction: {
      not_found: 'This call or visit report no longer exists or is no longer yours to see: reload the page.',
      unlinked: 'Link it to a contact, a company or a deal.',
      notes_required: 'Write what the visit was about.',
      duration_invalid: 'A call lasts 0 to 1,440 minutes.',
    },
  },
};

const fr: typeof en = {
  open: 'Noter un appel / compte rendu de visite',
  title: 'Noter un appel ou un compte rendu de visite',
  kind: { label: 'Quoi', Call: 'Appel', Visit: 'Compte rendu de visite' },
  when: 'Quand',
  direction: { label: 'Sens', Outbound: 'Sortant (j’ai appelé)', Inbound: 'Entrant (on m’a appelé)' },
  minutes: 'Durée (minutes)',
  outcome: { label: 'Résultat', Reached: 'Joint', NoAnswer: 'Pas de réponse', LeftMessage: 'Message laissé', Busy: 'Occupé', WrongNumber: 'Mauvais numéro' },
  location: 'Où (facultatif)',
  subject: 'Objet (facultatif)',
  notes: { Call: 'Notes (facultatif)', Visit: 'Compte rendu' },
  submit: { Call: 'Enregistrer l’appel', Visit: 'Enregistrer le compte rendu' },
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  logged: { Call: 'L’appel a été noté.', Visit: 'Le compte rendu de visite a été enregistré.' },
  deal: { title: 'Appels et visites', empty: 'Aucun appel ni aucune visite noté pour cette affaire.' },
  codes: {
    interaction: {
      not_found: 'Cet appel ou ce compte rendu n’existe plus ou ne vous est plus visible : rechargez la page.',
      unlinked: 'Rattachez-le à un contact, une société ou une affaire.',
      notes_required: 'Écrivez ce qui s’est dit pendant la visite.',
      duration_invalid: 'Un appel dure de 0 à 1 440 minutes.',
    },
  },
};

export default { en, fr };
