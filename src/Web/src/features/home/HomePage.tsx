import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { formatNumber } from '../../i18n/format';
import { MyDay } from './MyDay';

export default function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  const me = useSignedInUser();
  const readsContacts = can(me, 'contacts.read');
  const count = useQuery({
    queryKey: ['contacts', 'count'],
    queryFn: () => unwrap(api.GET('/api/v1/contacts/count')),
    enabled: readsContacts,
  });
  const locale = useLocale();
  return (
    <section className="stack">
      <h1>{t('greeting', { name: me.displayName })}</h1>
      {can(me, 'activities.read') && <MyDay />}
      {readsContacts && (
        <div className="card stack">
          <h2>{t('contacts')}</h2>
          <p style={{ fontSize: 'var(--text-xl)', fontWeight: 700, margin: 0 }}>{count.data ? formatNumber(count.data.count, locale) : '…'}</p>
          <div className="row">
            {can(me, 'contacts.write') && <Link className="button primary" to="/contacts/new">{t('newContact')}</Link>}
            <Link className="button" to="/contacts">{t('allContacts')}</Link>
          </div>
          <p className="muted" style={{ margin: 0 }}>{t('paletteHint')}</p>
        </div>
      )}
      {!me.mfaEnabled && (
        <div className="card stack">
          <h2>{t('securityTitle')}</h2>
          <p style={{ margin: 0 }}>{t('securityBody')}</p>
          <div><Link className="button" to="/profile">{t('securityAction')}</Link></div>
        </div>
      )}
    </section>
  );
}
