import { useEffect, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { can, useSignedInUser } from '../api/session';
import { Dialog } from '../ui/Dialog';
import { matchCommands, type Command } from './matchCommands';

interface Entry extends Command {
  group: 'commands' | 'contacts' | 'companies';
  to: string;
  /** A line telling two records of the same name apart (an email, a domain). */
  detail?: string | null;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Ctrl+K: jump to a screen or find a contact or a company by name, email, phone or domain, all from the keyboard. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useDebounced(query.trim(), 200);

  const commands = useMemo<Entry[]>(() => {
    const all: (Entry & { permission?: string })[] = [
      { id: 'home', group: 'commands', label: t('search.goTo', { page: t('nav.home') }), to: '/' },
      { id: 'contacts', group: 'commands', label: t('search.goTo', { page: t('nav.contacts') }), to: '/contacts', permission: 'contacts.read' },
      { id: 'new-contact', group: 'commands', label: t('search.newContact'), to: '/contacts/new', permission: 'contacts.write', keywords: ['create', 'créer', 'add'] },
      { id: 'import-contacts', group: 'commands', label: t('search.importContacts'), to: '/contacts/import', permission: 'contacts.write', keywords: ['csv', 'excel', 'xlsx', 'vcard', 'upload', 'fichier', 'file'] },
      { id: 'companies', group: 'commands', label: t('search.goTo', { page: t('nav.companies') }), to: '/companies', permission: 'contacts.read', keywords: ['société', 'entreprise'] },
      { id: 'new-company', group: 'commands', label: t('search.newCompany'), to: '/companies/new', permission: 'contacts.write', keywords: ['create', 'créer', 'add'] },
      { id: 'deals', group: 'commands', label: t('search.goTo', { page: t('nav.deals') }), to: '/deals', permission: 'deals.read', keywords: ['affaires', 'opportunités', 'opportunities', 'pipeline', 'kanban', 'board', 'tableau'] },
      { id: 'tasks', group: 'commands', label: t('search.goTo', { page: t('nav.tasks') }), to: '/tasks', permission: 'activities.read', keywords: ['tâches', 'todo', 'à faire', 'relances', 'follow-up'] },
      { id: 'agenda', group: 'commands', label: t('search.goTo', { page: t('nav.agenda') }), to: '/agenda', permission: 'activities.read', keywords: ['calendrier', 'calendar', 'rendez-vous', 'réunions', 'meetings'] },
      { id: 'forecast', group: 'commands', label: t('search.goTo', { page: t('nav.forecast') }), to: '/forecast', permission: 'deals.read', keywords: ['prévisions', 'quota', 'objectifs', 'attainment', 'atteinte'] },
      { id: 'products', group: 'commands', label: t('search.goTo', { page: t('nav.products') }), to: '/products', permission: 'deals.read', keywords: ['catalogue', 'catalog', 'produits', 'sku', 'référence', 'prix', 'price'] },
      { id: 'profile', group: 'commands', label: t('search.goTo', { page: t('userMenu.profile') }), to: '/profile', keywords: ['mfa', 'token', 'jeton'] },
      { id: 'users', group: 'commands', label: t('search.goTo', { page: t('nav.users') }), to: '/admin/users', permission: 'admin.users', keywords: ['invite', 'inviter'] },
      { id: 'roles', group: 'commands', label: t('search.goTo', { page: t('nav.roles') }), to: '/admin/roles', permission: 'admin.users' },
      { id: 'teams', group: 'commands', label: t('search.goTo', { page: t('nav.teams') }), to: '/admin/teams', permission: 'admin.users' },
      { id: 'fields', group: 'commands', label: t('search.goTo', { page: t('nav.fields') }), to: '/admin/fields', permission: 'admin.fields', keywords: ['custom', 'personnalisé', 'champ', 'field'] },
      { id: 'pipelines', group: 'commands', label: t('search.goTo', { page: t('nav.pipelines') }), to: '/admin/pipelines', permission: 'sales.setup', keywords: ['stages', 'étapes', 'lost reasons', 'motifs de perte'] },
      { id: 'onboarding', group: 'commands', label: t('search.goTo', { page: t('nav.onboarding') }), to: '/admin/onboarding', permission: 'sales.setup', keywords: ['templates', 'modèles', 'checklist', 'tâches'] },
      { id: 'sales-settings', group: 'commands', label: t('search.goTo', { page: t('nav.salesSettings') }), to: '/admin/sales-settings', permission: 'sales.setup', keywords: ['legal', 'mentions légales', 'siret', 'siren', 'tva', 'vat'] },
    ];
    return all.filter((c) => !c.permission || can(me, c.permission));
  }, [me, t]);

  const records = useQuery({
    queryKey: ['search', 'palette', search],
    queryFn: () => unwrap(api.GET('/api/v1/search', { params: { query: { q: search, limit: 8 } } })),
    enabled: search.length >= 2 && can(me, 'contacts.read'),
  });

  const entries: Entry[] = [
    ...matchCommands(query, commands),
    ...(search.length >= 2 ? records.data?.items ?? [] : []).map((r) => r.kind === 'Contact'
      ? { id: `contact-${r.id}`, group: 'contacts' as const, label: r.title, detail: r.subtitle, to: `/contacts/${r.id}` }
      : { id: `company-${r.id}`, group: 'companies' as const, label: r.title, detail: r.subtitle, to: `/companies/${r.id}` }),
  ];
  useEffect(() => setActive(0), [query, records.data]);

  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    onClose();
    navigate(entry.to);
  };
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <Dialog open title={t('search.palette')} onClose={onClose} className="palette">
      <input
        data-autofocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={entries.length > 0 ? optionId(active) : undefined}
        aria-label={t('search.paletteInput')}
        placeholder={t('search.paletteInput')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, entries.length - 1)); }
          if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          if (e.key === 'Enter') { e.preventDefault(); choose(entries[active]); }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('search.palette')}>
        {entries.length === 0 && <li className="group" role="presentation">{records.isFetching ? t('loading') : t('search.noResults')}</li>}
        {entries.map((entry, index) => (
          <li key={entry.id} id={optionId(index)} role="option" aria-selected={index === active}
            onMouseEnter={() => setActive(index)} onClick={() => choose(entry)}>
            {entry.group !== 'commands' && <span className="badge accent" style={{ marginRight: 'var(--space-2)' }}>{t(`search.${entry.group}`)}</span>}
            {entry.label}
            {entry.detail && <span className="muted"> · {entry.detail}</span>}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
