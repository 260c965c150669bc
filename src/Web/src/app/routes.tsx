import { createBrowserRouter } from 'react-router';
import { RequireSession } from './RequireSession';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { addTexts, type Texts } from '../i18n';
import HomePage from '../features/home/HomePage';

type Loaded<T> = Promise<{ default: T }>;

/** A feature's texts under their namespace, loaded with the screens that use them. */
type TextsOf = readonly [namespace: string, texts: () => Loaded<Texts>];

/**
 * A screen as its own chunk, loaded with its feature's texts when first opened (and those of the features it shows
 * parts of): the first visit downloads the shell and the home page only.
 */
const page = (namespace: string, texts: () => Loaded<Texts>, screen: () => Loaded<React.ComponentType>, ...also: TextsOf[]) => async () => {
  const bundles: TextsOf[] = [[namespace, texts], ...also];
  const [{ default: Component }, ...loaded] = await Promise.all([screen(), ...bundles.map(([, load]) => load())]);
  loaded.forEach(({ default: loadedTexts }, index) => addTexts(bundles[index]![0], loadedTexts));
  return { Component };
};

const auth = () => import('../features/auth/i18n');
const contacts = () => import('../features/contacts/i18n');
const companies = () => import('../features/companies/i18n');
const imports = () => import('../features/imports/i18n');
const merges = () => import('../features/merges/i18n');
const companyMerges = () => import('../features/merges/companyI18n');
const profile = () => import('../features/profile/i18n');
const admin = () => import('../features/admin/i18n');
const customFields = () => import('../features/customFields/i18n');
const deals = () => import('../features/deals/i18n');
const salesSetup = () => import('../features/admin/salesSetupI18n');
const quotes = () => import('../features/quotes/i18n');
const products = () => import('../features/products/i18n');
const forecast = () => import('../features/forecast/i18n');
const tasks = () => import('../features/tasks/i18n');
const interactions = () => import('../features/interactions/i18n');
const agenda = () => import('../features/agenda/i18n');

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
              { path: 'contacts', lazy: page('contacts', contacts, () => import('../features/contacts/ContactsPage'), ['customFields', customFields]) },
              { path: 'contacts/new', lazy: page('contacts', contacts, () => import('../features/contacts/NewContactPage'), ['customFields', customFields]) },
              { path: 'contacts/import', lazy: page('imports', imports, () => import('../features/imports/ImportPage')) },
              { path: 'contacts/import/:id', lazy: page('imports', imports, () => import('../features/imports/ImportPage')) },
              { path: 'contacts/segments', lazy: page('contacts', contacts, () => import('../features/contacts/SegmentsPage')) },
              { path: 'contacts/duplicates', lazy: page('merges', merges, () => import('../features/merges/DuplicatesPage')) },
              { path: 'contacts/merge', lazy: page('merges', merges, () => import('../features/merges/MergePage'), ['contacts', contacts]) },
              { path: 'contacts/:id', lazy: page('contacts', contacts, () => import('../features/contacts/ContactPage'), ['merges', merges], ['customFields', customFields], ['deals', deals], ['interactions', interactions], ['tasks', tasks], ['agenda', agenda]) },
              // The company list is built from the contact list's parts, which speak with the contacts' words.
              { path: 'companies', lazy: page('companies', companies, () => import('../features/companies/CompaniesPage'), ['contacts', contacts], ['customFields', customFields]) },
              { path: 'companies/new', lazy: page('companies', companies, () => import('../features/companies/NewCompanyPage'), ['customFields', customFields]) },
              { path: 'companies/merge', lazy: page('companyMerges', companyMerges, () => import('../features/merges/CompanyMergePage'), ['companies', companies]) },
              { path: 'companies/:id', lazy: page('companies', companies, () => import('../features/companies/CompanyPage'), ['companyMerges', companyMerges], ['customFields', customFields], ['deals', deals], ['interactions', interactions], ['tasks', tasks], ['agenda', agenda]) },
              { path: 'deals', lazy: page('deals', deals, () => import('../features/deals/BoardPage')) },
              // The deal page shows its quotes, orders, subscriptions and onboarding with the quotes' words, and its tasks with theirs.
              { path: 'deals/:id', lazy: page('deals', deals, () => import('../features/deals/DealPage'), ['quotes', quotes], ['tasks', tasks], ['interactions', interactions], ['agenda', agenda]) },
              { path: 'quotes/:id', lazy: page('quotes', quotes, () => import('../features/quotes/QuotePage')) },
              { path: 'products', lazy: page('products', products, () => import('../features/products/ProductsPage')) },
              { path: 'tasks', lazy: page('tasks', tasks, () => import('../features/tasks/TasksPage')) },
              // The contact picker of the appointment form speaks with the deals' words.
              { path: 'agenda', lazy: page('agenda', agenda, () => import('../features/agenda/AgendaPage'), ['deals', deals]) },
              { path: 'forecast', lazy: page('forecast', forecast, () => import('../features/forecast/ForecastPage')) },
              { path: 'profile', lazy: page('profile', profile, () => import('../features/profile/ProfilePage')) },
              { path: 'admin/users', lazy: page('admin', admin, () => import('../features/admin/UsersPage')) },
              { path: 'admin/roles', lazy: page('admin', admin, () => import('../features/admin/RolesPage')) },
              { path: 'admin/teams', lazy: page('admin', admin, () => import('../features/admin/TeamsPage')) },
              { path: 'admin/fields', lazy: page('admin', admin, () => import('../features/admin/CustomFieldsPage')) },
              // The setup names the fields a stage may require with the deals' words.
              { path: 'admin/pipelines', lazy: page('salesSetup', salesSetup, () => import('../features/admin/PipelinesPage'), ['admin', admin], ['deals', deals]) },
              { path: 'admin/sales-settings', lazy: page('salesSetup', salesSetup, () => import('../features/admin/SalesSettingsPage'), ['admin', admin]) },
              { path: 'admin/onboarding', lazy: page('salesSetup', salesSetup, () => import('../features/admin/OnboardingPage'), ['admin', admin]) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
