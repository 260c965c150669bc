import { useTranslation } from 'react-i18next';

/** After a 412: the record changed meanwhile; the form keeps what the user typed until they choose to reload. */
export function ConflictNotice({ onReload, onDismiss }: { onReload: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice warning" role="alert">
      <h2>{t('conflict.title')}</h2>
      <p>{t('conflict.body')}</p>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={onReload}>{t('conflict.reload')}</button>
        <button type="button" className="button" onClick={onDismiss}>{t('conflict.keepEditing')}</button>
      </div>
    </div>
  );
}
