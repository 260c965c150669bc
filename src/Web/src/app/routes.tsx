import { createBrowserRouter } from 'react-router';
import { RequireSession } from './RequireSession';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { addTexts, type Texts } from '../i18n';
import HomePage from '../features/home/HomePage';

type Loaded<T> = Promise<{ default: T }>;

/**
 * A screen as its own chunk, loaded with its feature's texts when first opened: the first visit downloads the shell
 * and the home page only.
 */
const page = (namespace: string, texts: () => Loaded<Texts>, screen: () => Loaded<React.ComponentType>) => async () => {
  const [{ default: loadedTexts }, { default: Component }] = await Promise.all([texts(), screen()]);
  addTexts(namespace, loadedTexts);
  return { Component };
};

const auth = () => import('../features/auth/i18n');
const contacts = () => import('../features/contacts/i18n');
const companies = () => import('../features/companies/i18n');
const profile = () => import('../features/profile/i18n');
const admin = () => import('../features/admin/i18n');

export const router = createBrowserRouter([
  {
    // Shown while the first screen's code arrives.
    hydrateFallbackElement: <p className="auth-page" role="status">…</p>,
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', lazy: page('auth', auth, () => import('../features/auth/SignInPage')) },
      { path: '/invitation', lazy: page('auth', auth, () => import('../features/auth/InvitationPage')) },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'contacts', lazy: page('contacts', contacts, () => import('../features/contacts/ContactsPage')) },
              { path: 'contacts/new', lazy: page('contacts', contacts, () => import('../features/contacts/NewContactPage')) },
              { path: 'contacts/:id', lazy: page('contacts', contacts, () => import('../features/contacts/ContactPage')) },
              { path: 'companies', lazy: page('companies', companies, () => import('../features/companies/CompaniesPage')) },
              { path: 'companies/new', lazy: page('companies', companies, () => import('../features/companies/NewCompanyPage')) },
              { path: 'companies/:id', lazy: page('companies', companies, () => import('../features/companies/CompanyPage')) },
              { path: 'profile', lazy: page('profile', profile, () => import('../features/profile/ProfilePage')) },
              { path: 'admin/users', lazy: page('admin', admin, () => import('../features/admin/UsersPage')) },
              { path: 'admin/roles', lazy: page('admin', admin, () => import('../features/admin/RolesPage')) },
              { path: 'admin/teams', lazy: page('admin', admin, () => import('../features/admin/TeamsPage')) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
