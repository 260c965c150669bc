/** How a contact is named in lists and titles: first and last name, else the email, never an empty string. */
export function contactName(contact: { firstName?: string | null; lastName?: string | null; email?: string | null }): string {
  const name = [contact.firstName, contact.lastName].map((p) => p?.trim()).filter(Boolean).join(' ');
  return name || contact.email?.trim() || '—';
}
