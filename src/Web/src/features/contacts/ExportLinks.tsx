import { useTranslation } from 'react-i18next';
import { exportUrl, exportFormats, type ExportedList, type ExportFormat } from './exportUrl';

/**
 * Downloads of the list exactly as it is shown (its segment, search and filters), in each format the API writes; the
 * browser saves what the link answers. The contacts' export unless another is named.
 */
export function ExportLinks({ list, path, formats = exportFormats }: {
  list: ExportedList; path?: string; formats?: readonly { format: ExportFormat; label: string }[];
}) {
  const { t } = useTranslation('contacts');
  return (
    <details className="menu">
      <summary className="button">{t('list.export')}</summary>
      <ul>
        {formats.map(({ format, label }) => (
          <li key={format}>
            <a href={exportUrl(format, list, path)} download aria-label={t('list.exportAs', { format: label })}>{label}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
