import { createBrowserRouter } from 'react-router';
import { RequireSession } from './RequireSession';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

type PageModule = { default: React.ComponentType };
// Each screen is its own chunk, loaded when first opened: the first page only downloads the shell.
const page = (load: () => Promise<PageModule>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  {
    // Shown while the first screen's code arrives.
    hydrateFallbackElement: <p className="auth-page" role="status">…</p>,
    children: [
      { path: '/sign-in', lazy: page(() => import('../features/auth/SignInPage')) },
      { path: '/invitation', lazy: page(() => import('../features/auth/InvitationPage')) },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, lazy: page(() => import('../features/home/HomePage')) },
              { path: 'contacts', lazy: page(() => import('../features/contacts/ContactsPage')) },
              { path: 'contacts/new', lazy: page(() => import('../features/contacts/NewContactPage')) },
              { path: 'contacts/:id', lazy: page(() => import('../features/contacts/ContactPage')) },
              { path: 'profile', lazy: page(() => import('../features/profile/ProfilePage')) },
              { path: 'admin/users', lazy: page(() => import('../features/admin/UsersPage')) },
              { path: 'admin/roles', lazy: page(() => import('../features/admin/RolesPage')) },
              { path: 'admin/teams', lazy: page(() => import('../features/admin/TeamsPage')) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
