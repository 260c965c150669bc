import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { forgetSession, useSignedInUser } from '../api/session';
import { useNotifications } from './notifications';
import { usePopover } from './usePopover';
import { initials } from './initials';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const menu = usePopover<HTMLDivElement>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const signOut = async () => {
    try {
      await unwrap(api.POST('/api/v1/auth/sign-out'));
    } catch {
      // The session may still be open on the server: say so rather than pretend.
      notify(t('userMenu.signOutFailed'), 'error');
      return;
    }
    forgetSession(queryClient);
    navigate('/sign-in', { replace: true });
  };
  return (
    <div className="anchor" ref={menu.anchor}>
      <button type="button" className="button small" aria-expanded={menu.open} onClick={menu.toggle}
        aria-label={t('userMenu.label', { name: me.displayName })}>
        <span aria-hidden="true">{initials(me.displayName)}</span>
      </button>
      {menu.open && (
        <div className="popover">
          <p className="muted" style={{ padding: '0 var(--space-3)' }}>{me.displayName}<br /><small>{me.email}</small></p>
          <ul>
            <li><Link to="/profile" onClick={() => menu.setOpen(false)}>{t('userMenu.profile')}</Link></li>
            <li><button type="button" onClick={() => void signOut()}>{t('userMenu.signOut')}</button></li>
          </ul>
        </div>
      )}
    </div>
  );
}
