import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, meQueryKey, useSignedInUser, type Me } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { CopyButton } from '../../ui/CopyButton';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { formatDateTime, timeZones } from '../../i18n/format';
import { isLanguage, languages, type Language } from '../../i18n/languages';
import { CheckboxGroup, Loading, NotAllowed, QueryProblem, ScrollTable, type CheckboxOption } from './AdminParts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { adminKeys, useRoles, useTeams, type Invitation, type Role, type Team, type User } from './queries';
import { canGrant, missingPermissions } from './roleRules';
import { checkInvitation, defaultTimeZone, emptyInvitation, invitationBody, type InvitationDraft } from './forms';
import { byLabel, userLabel, userStatus } from './userStatus';

const pageSize = 50;

export default function UsersPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const me = useSignedInUser();
  if (!can(me, 'admin.users')) return <NotAllowed title={t('users.title')} text={t('notAllowed')} />;
  return <Users me={me} />;
}

type RowAction = { kind: 'roles' | 'team' | 'deactivate' | 'mfa'; user: User };

function Users({ me }: { me: Me }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  const [inviting, setInviting] = useState(false);
  const [action, setAction] = useState<RowAction | null>(null);
  const mayChangeTeams = can(me, 'records.all');

  const users = useInfiniteQuery({
    queryKey: adminKeys.userPages,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/users', { params: { query: { limit: pageSize, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const roles = useRoles();
  const teams = useTeams();
  const teamNames = useMemo(() => new Map((teams.data ?? []).map((team) => [team.id, team.name])), [teams.data]);
  const rows = useMemo(() => users.data?.pages.flatMap((page) => page.items) ?? [], [users.data]);

  const rowProblem = useFormProblem('admin', []);
  const reactivate = useMutation({
    mutationFn: (user: User) => unwrap(api.POST('/api/v1/users/{id}/reactivate', { params: { path: { id: user.id } } })),
    onSuccess: (_, user) => {
      notify(t('users.reactivated', { name: userLabel(user) }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
    },
    onError: rowProblem.fail,
  });

  const refresh = () => queryClient.invalidateQueries({ queryKey: adminKeys.users });
  const close = () => setAction(null);
  const target = action?.user;
  const targetName = target ? userLabel(target) : '';

  return (
    <>
      <div className="page-header">
        <h1>{t('users.title')}</h1>
        <button type="button" className="button primary" onClick={() => setInviting(true)} aria-haspopup="dialog">
          {t('users.invite')}
        </button>
      </div>

      <FormMessages messages={rowProblem.messages} />

      {users.isError && !users.isFetchNextPageError && <QueryProblem error={users.error} onRetry={() => void users.refetch()} />}
      {users.isPending ? <Loading /> : !users.data ? null : rows.length === 0 ? <p className="muted">{t('users.empty')}</p> : (
        <div className="stack">
          <ScrollTable caption={t('users.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('users.columns.name')}</th>
                <th scope="col">{t('users.columns.email')}</th>
                <th scope="col">{t('users.columns.roles')}</th>
                <th scope="col">{t('users.columns.team')}</th>
                <th scope="col">{t('users.columns.status')}</th>
                <th scope="col">{t('users.columns.created')}</th>
                <th scope="col">{t('users.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((user) => {
                const name = userLabel(user);
                const status = userStatus(user);
                const self = user.id === me.id;
                return (
                  <tr key={user.id}>
                    <th scope="row">
                      {name}
                      {self && <> <span className="badge">{t('users.you')}</span></>}
                    </th>
                    <td className="admin-nowrap">{user.email}</td>
                    <td>
                      {user.roles.length === 0 ? <span className="muted">{t('users.noRole')}</span> : (
                        <span className="admin-badges">{user.roles.map((r) => <span key={r} className="badge accent">{r}</span>)}</span>
                      )}
                    </td>
                    <td>{user.teamId ? teamNames.get(user.teamId) ?? '…' : <span className="muted">{t('users.noTeam')}</span>}</td>
                    <td className="admin-nowrap">
                      <span className={`badge${status === 'active' ? ' accent' : status === 'deactivated' ? ' danger' : ''}`}>
                        {t(`users.status.${status}`)}
                      </span>
                    </td>
                    <td className="admin-nowrap">{formatDateTime(user.createdAtUtc, locale, me.timeZone)}</td>
                    <td>
                      <div className="admin-actions">
                        <button type="button" className="button small" aria-haspopup="dialog"
                          aria-label={t('users.actions.changeRolesOf', { name })} onClick={() => setAction({ kind: 'roles', user })}>
                          {t('users.actions.changeRoles')}
                        </button>
                        {mayChangeTeams && (
                          <button type="button" className="button small" aria-haspopup="dialog"
                            aria-label={t('users.actions.changeTeamOf', { name })} onClick={() => setAction({ kind: 'team', user })}>
                            {t('users.actions.changeTeam')}
                          </button>
                        )}
                        {!self && (user.isActive ? (
                          <button type="button" className="button small danger" aria-haspopup="dialog"
                            aria-label={t('users.actions.deactivateUser', { name })} onClick={() => setAction({ kind: 'deactivate', user })}>
                            {t('users.actions.deactivate')}
                          </button>
                        ) : (
                          <button type="button" className="button small" disabled={reactivate.isPending}
                            aria-label={t('users.actions.reactivateUser', { name })}
                            onClick={() => {
                              rowProblem.clear();
                              reactivate.mutate(user);
                            }}>
                            {t('users.actions.reactivate')}
                          </button>
                        ))}
                        {!self && status !== 'pending' && (
                          <button type="button" className="button small" aria-haspopup="dialog"
                            aria-label={t('users.actions.resetMfaOf', { name })} onClick={() => setAction({ kind: 'mfa', user })}>
                            {t('users.actions.resetMfa')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
          <p className="muted" role="status" style={{ margin: 0 }}>{t('users.loadedCount', { count: rows.length })}</p>
          {users.hasNextPage && (
            <div>
              <button type="button" className="button" disabled={users.isFetchingNextPage} onClick={() => void users.fetchNextPage()}>
                {users.isFetchingNextPage ? t('common:loading') : t('common:loadMore')}
              </button>
            </div>
          )}
          {users.isFetchNextPageError && <QueryProblem error={users.error} onRetry={() => void users.fetchNextPage()} />}
        </div>
      )}

      <InviteDialog open={inviting} onClose={() => setInviting(false)} me={me} roles={roles.data ?? []} teams={teams.data ?? []} locale={locale} />

      <Dialog open={action?.kind === 'roles'} title={t('users.rolesDialog.title', { name: targetName })} onClose={close}>
        {target && <RolesForm key={target.id} user={target} me={me} roles={roles.data ?? []} onDone={close} />}
      </Dialog>

      <Dialog open={action?.kind === 'team'} title={t('users.teamDialog.title', { name: targetName })} onClose={close}>
        {target && <TeamForm key={target.id} user={target} teams={teams.data ?? []} onDone={close} />}
      </Dialog>

      <ConfirmDialog namespace="admin" open={action?.kind === 'deactivate'} title={t('users.deactivateDialog.title', { name: targetName })}
        confirmLabel={t('users.deactivateDialog.confirm')} onClose={close}
        run={() => unwrap(api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id: target?.id ?? '' } } }))}
        onDone={() => {
          notify(t('users.deactivateDialog.done', { name: targetName }));
          void refresh();
          close();
        }}>
        <p>{t('users.deactivateDialog.body', { name: targetName })}</p>
      </ConfirmDialog>

      <ConfirmDialog namespace="admin" open={action?.kind === 'mfa'} title={t('users.mfaDialog.title', { name: targetName })}
        confirmLabel={t('users.mfaDialog.confirm')} onClose={close}
        run={() => unwrap(api.POST('/api/v1/users/{id}/mfa/reset', { params: { path: { id: target?.id ?? '' } } }))}
        onDone={() => {
          notify(t('users.mfaDialog.done', { name: targetName }));
          void refresh();
          close();
        }}>
        <p>{t('users.mfaDialog.body', { name: targetName })}</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * The roles as checkboxes. A role the caller may not give (it has permissions they lack) is shown with the reason and
 * cannot be ticked; one the user holds already can still be taken away, as the API allows.
 */
function useRoleOptions(roles: readonly Role[], me: Me, locale: string, held: readonly string[] = []): CheckboxOption[] {
  const { t } = useTranslation('admin');
  return useMemo(() => byLabel(roles, (r) => r.name, locale).map((role) => {
    const missing = missingPermissions(role.permissions, me.permissions);
    return {
      value: role.name,
      label: role.name,
      disabled: !canGrant(role, me.permissions) && !held.includes(role.name),
      hint: missing.length > 0 ? t('grant.notHeld', { permissions: missing.join(', ') }) : undefined,
    };
  }), [roles, me.permissions, locale, t, held]);
}

const invitationFields = ['email', 'displayName', 'language', 'timeZone', 'roles', 'teamId'] as const;

function InviteDialog({ open, onClose, me, roles, teams, locale }: {
  open: boolean;
  onClose: () => void;
  me: Me;
  roles: readonly Role[];
  teams: readonly Team[];
  locale: string;
}) {
  const { t, i18n } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const startLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  // The draft lives here, not in the dialog's content, so closing the dialog by mistake loses nothing.
  const [draft, setDraft] = useState<InvitationDraft>(() => emptyInvitation(startLanguage));
  const [checked, setChecked] = useState(false);
  const [invited, setInvited] = useState<Invitation | null>(null);
  const form = useFormProblem('admin', invitationFields);
  const zones = useMemo(() => timeZones(defaultTimeZone), []);
  const roleOptions = useRoleOptions(roles, me, locale);
  const sortedTeams = useMemo(() => byLabel(teams, (team) => team.name, locale), [teams, locale]);

  const invite = useMutation({
    mutationFn: (body: ReturnType<typeof invitationBody>) => unwrap(api.POST('/api/v1/users/invitations', { body })),
    onSuccess: (result) => {
      setInvited(result);
      setDraft(emptyInvitation(startLanguage));
      setChecked(false);
      form.clear();
      notify(t('invite.notified', { name: userLabel(result.user) }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      void queryClient.invalidateQueries({ queryKey: adminKeys.teams });
    },
    onError: form.fail,
  });

  const clientErrors = checkInvitation(draft);
  const fieldError = (name: 'email' | 'displayName') => {
    const client = checked ? clientErrors[name] : undefined;
    return client ? t(`validation.${client}`) : form.fieldError(name);
  };
  const set = <K extends keyof InvitationDraft>(key: K, value: InvitationDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (Object.keys(clientErrors).length > 0) {
      form.clear();
      return;
    }
    form.clear();
    invite.mutate(invitationBody(draft));
  };

  const close = () => {
    setInvited(null);
    onClose();
  };

  return (
    <Dialog open={open} title={t('invite.title')} onClose={close}>
      {invited ? (
        <InvitationLink invitation={invited} me={me} locale={locale} onAnother={() => setInvited(null)} onClose={close} />
      ) : (
        <form className="form" noValidate onSubmit={submit}>
          <FormMessages messages={form.messages} />
          <TextField label={t('invite.email')} type="email" autoComplete="off" required value={draft.email} data-autofocus
            onChange={(e) => set('email', e.target.value)} error={fieldError('email')} />
          <TextField label={t('invite.displayName')} autoComplete="off" required value={draft.displayName}
            onChange={(e) => set('displayName', e.target.value)} error={fieldError('displayName')} />
          <SelectField label={t('invite.language')} value={draft.language} hint={t('invite.languageHint')}
            onChange={(e) => { if (isLanguage(e.target.value)) set('language', e.target.value); }} error={form.fieldError('language')}>
            {languages.map((l) => <option key={l} value={l} lang={l}>{t(`common:language.${l}`)}</option>)}
          </SelectField>
          <SelectField label={t('invite.timeZone')} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}
            error={form.fieldError('timeZone')}>
            {zones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </SelectField>
          <CheckboxGroup legend={t('invite.roles')} hint={t('invite.rolesHint')} options={roleOptions} selected={draft.roles}
            onChange={(next) => set('roles', next)} error={form.fieldError('roles')} />
          <SelectField label={t('invite.team')} value={draft.teamId} onChange={(e) => set('teamId', e.target.value)}
            error={form.fieldError('teamId')}>
            <option value="">{t('users.noTeam')}</option>
            {sortedTeams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={invite.isPending}>
              {invite.isPending ? t('invite.sending') : t('invite.submit')}
            </button>
            <button type="button" className="button" onClick={close}>{t('common:cancel')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function InvitationLink({ invitation, me, locale, onAnother, onClose }: {
  invitation: Invitation;
  me: Me;
  locale: string;
  onAnother: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const name = userLabel(invitation.user);
  // The form that had the focus is gone: the link, which is what the admin needs next, takes it.
  useEffect(() => input.current?.focus(), []);

  return (
    <div className="stack">
      <div className="notice success" role="status">
        <p style={{ margin: 0 }}>{t('invite.created', { name, email: invitation.user.email })}</p>
      </div>
      <div className="admin-link">
        <div className="field">
          <label htmlFor={`${id}-link`}>{t('invite.linkLabel')}</label>
          <input id={`${id}-link`} ref={input} readOnly value={invitation.invitationLink} aria-describedby={`${id}-help`}
            onFocus={(e) => e.currentTarget.select()} />
        </div>
        <CopyButton text={invitation.invitationLink} label={t('invite.copy')} primary
          onRefused={() => { input.current?.focus(); input.current?.select(); }} />
      </div>
      <p id={`${id}-help`}>
        {t('invite.linkHelp', { name, date: formatDateTime(invitation.expiresAtUtc, locale, me.timeZone) })}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onAnother}>{t('invite.another')}</button>
        <button type="button" className="button" onClick={onClose}>{t('common:close')}</button>
      </div>
    </div>
  );
}

function RolesForm({ user, me, roles, onDone }: { user: User; me: Me; roles: readonly Role[]; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  const [selected, setSelected] = useState<string[]>(() => [...user.roles].sort());
  const form = useFormProblem('admin', ['roles']);
  const options = useRoleOptions(roles, me, locale, user.roles);
  const name = userLabel(user);

  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/users/{id}/roles', { params: { path: { id: user.id } }, body: { roles: selected } })),
    onSuccess: () => {
      notify(t('users.rolesDialog.saved', { name }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      if (user.id === me.id) void queryClient.invalidateQueries({ queryKey: meQueryKey });
      onDone();
    },
    onError: form.fail,
  });

  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      form.clear();
      save.mutate();
    }}>
      <FormMessages messages={form.messages} />
      <CheckboxGroup legend={t('users.rolesDialog.legend')} hint={t('users.rolesDialog.hint')} options={options} selected={selected}
        onChange={setSelected} error={form.fieldError('roles')} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : t('common:save')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}

function TeamForm({ user, teams, onDone }: { user: User; teams: readonly Team[]; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  const [teamId, setTeamId] = useState(user.teamId ?? '');
  const form = useFormProblem('admin', ['teamId']);
  const sortedTeams = useMemo(() => byLabel(teams, (team) => team.name, locale), [teams, locale]);
  const name = userLabel(user);

  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/users/{id}/team', { params: { path: { id: user.id } }, body: { teamId: teamId || null } })),
    onSuccess: () => {
      const team = teams.find((candidate) => candidate.id === teamId);
      notify(team ? t('users.teamDialog.moved', { name, team: team.name }) : t('users.teamDialog.removed', { name }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      void queryClient.invalidateQueries({ queryKey: adminKeys.teams });
      onDone();
    },
    onError: form.fail,
  });

  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      form.clear();
      save.mutate();
    }}>
      <FormMessages messages={form.messages} />
      <SelectField label={t('users.teamDialog.label')} hint={t('users.teamDialog.hint', { name })} value={teamId}
        onChange={(e) => setTeamId(e.target.value)} error={form.fieldError('teamId')}>
        <option value="">{t('users.noTeam')}</option>
        {sortedTeams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : t('common:save')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
