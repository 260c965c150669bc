import { useTranslation } from 'react-i18next';
import { exportUrl, exportFormats, type ExportedList } from './exportUrl';

/**
 * Downloads of the list exactly as it is shown (its segment, search and filters), in each format the API writes; the
 * browser saves what the link answers.
 */
export function ExportLinks({ list }: { list: ExportedList }) {
  const { t } = useTranslation('contacts');
  return (
    <details className="menu">
      <summary className="button">{t('list.export')}</summary>
      <ul>
        {exportFormats.map(({ format, label }) => (
          <li key={format}>
            <a href={exportUrl(format, list)} download aria-label={t('list.exportAs', { format: label })}>{label}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
