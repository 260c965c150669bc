/** How a contact is named in lists and titles: first and last name, else an email address, never an empty string. */
export function contactName(contact: { firstName?: string | null; lastName?: string | null; emails?: { address: string }[] }): string {
  const name = [contact.firstName, contact.lastName].map((p) => p?.trim()).filter(Boolean).join(' ');
  return name || contact.emails?.[0]?.address.trim() || '—';
}
