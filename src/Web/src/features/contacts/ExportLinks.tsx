import { useTranslation } from 'react-i18next';
import { exportUrl, exportFormats } from './exportUrl';

/** Downloads of the list as it is searched, in each format the API writes; the browser saves what the link answers. */
export function ExportLinks({ q }: { q: string }) {
  const { t } = useTranslation('contacts');
  return (
    <details className="menu">
      <summary className="button">{t('list.export')}</summary>
      <ul>
        {exportFormats.map(({ format, label }) => (
          <li key={format}>
            <a href={exportUrl(format, q)} download aria-label={t('list.exportAs', { format: label })}>{label}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
