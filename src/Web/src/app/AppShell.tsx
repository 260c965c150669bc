import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../api/session';
import { CommandPalette } from './CommandPalette';
import { Toasts } from './NotificationArea';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { UserMenu } from './UserMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { MenuIcon, SearchIcon } from '../ui/icons';
import { useFocusOnNavigation } from './useFocusOnNavigation';

export function AppShell() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);
  useFocusOnNavigation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPaletteOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const navigation = !me.mfaEnrolmentRequired;
  return (
    <div className="shell">
      <a className="skip-link" href="#content">{t('skipToContent')}</a>
      <header className="topbar">
        {navigation && (
          <button type="button" className="button ghost menu-toggle" aria-expanded={menuOpen} aria-controls="sidebar"
            onClick={() => setMenuOpen((o) => !o)}>
            <MenuIcon />
            <span className="visually-hidden">{menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}</span>
          </button>
        )}
        <Link to="/" className="brand">{t('appName')}</Link>
        {navigation && can(me, 'contacts.read') && (
          <button type="button" className="button search-button" onClick={() => setPaletteOpen(true)} aria-haspopup="dialog">
            <SearchIcon />
            <span className="label">{t('search.placeholder')}</span>
            <span className="visually-hidden">{t('search.label')}</span>
            <kbd>{t('search.shortcut')}</kbd>
          </button>
        )}
        <div className="topbar-tools">
          <LanguageSwitch />
          <NotificationBell />
          <UserMenu />
        </div>
      </header>
      {navigation ? (
        <nav id="sidebar" className={`sidebar${menuOpen ? ' open' : ''}`} aria-label={t('nav.main')}>
          <ul>
            <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
            {can(me, 'contacts.read') && <li><NavLink to="/contacts">{t('nav.contacts')}</NavLink></li>}
            {can(me, 'contacts.read') && <li><NavLink to="/companies">{t('nav.companies')}</NavLink></li>}
            {can(me, 'deals.read') && <li><NavLink to="/deals">{t('nav.deals')}</NavLink></li>}
            {can(me, 'activities.read') && <li><NavLink to="/tasks">{t('nav.tasks')}</NavLink></li>}
            {can(me, 'activities.read') && <li><NavLink to="/agenda">{t('nav.agenda')}</NavLink></li>}
            {can(me, 'deals.read') && <li><NavLink to="/products">{t('nav.products')}</NavLink></li>}
            {can(me, 'deals.read') && <li><NavLink to="/forecast">{t('nav.forecast')}</NavLink></li>}
          </ul>
          {(can(me, 'admin.users') || can(me, 'admin.fields') || can(me, 'sales.setup')) && (
            <>
              <h2>{t('nav.administration')}</h2>
              <ul>
                {can(me, 'admin.users') && (
                  <>
                    <li><NavLink to="/admin/users">{t('nav.users')}</NavLink></li>
                    <li><NavLink to="/admin/roles">{t('nav.roles')}</NavLink></li>
                    <li><NavLink to="/admin/teams">{t('nav.teams')}</NavLink></li>
                  </>
                )}
                {can(me, 'admin.fields') && <li><NavLink to="/admin/fields">{t('nav.fields')}</NavLink></li>}
                {can(me, 'sales.setup') && (
                  <>
                    <li><NavLink to="/admin/pipelines">{t('nav.pipelines')}</NavLink></li>
                    <li><NavLink to="/admin/onboarding">{t('nav.onboarding')}</NavLink></li>
                    <li><NavLink to="/admin/sales-settings">{t('nav.salesSettings')}</NavLink></li>
                  </>
                )}
              </ul>
            </>
          )}
        </nav>
      ) : <div />}
      <main id="content" className="content" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <Toasts />
      {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}
