export type ExportFormat = 'csv' | 'xlsx' | 'vcard';

export const exportFormats: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'vcard', label: 'vCard' },
];

/** The export of the contacts list, narrowed by the search typed when there is one. */
export function exportUrl(format: ExportFormat, q: string): string {
  const query = new URLSearchParams({ format });
  if (q.trim()) query.set('q', q.trim());
  return `/api/v1/contacts/export?${query.toString()}`;
}
