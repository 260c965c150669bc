import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser, type Me } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem } from '../../ui/problems';
import { Loading, NotAllowed, QueryProblem, ScrollTable } from './AdminParts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { adminKeys, useAllUsers, useTeams, useVisibilityRules, type Team, type User, type VisibilityRule } from './queries';
import { changedRules, teamBody, teamDraft, type TeamDraft } from './forms';
import { parentCandidates } from './teamTree';
import { byLabel, userLabel } from './userStatus';

const scopes = ['own', 'team', 'all'] as const;

export default function TeamsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('teams.title'));
  const me = useSignedInUser();
  if (!can(me, 'admin.users')) return <NotAllowed title={t('teams.title')} text={t('notAllowed')} />;
  return <Teams me={me} />;
}

type Editing = { team: Team | null };

function Teams({ me }: { me: Me }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  const teams = useTeams();
  const users = useAllUsers();
  // Teams and visibility decide who sees which records: only someone who sees every record may change them.
  const mayChange = can(me, 'records.all');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);

  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, userLabel(u)])), [users.data]);
  const teamNames = useMemo(() => new Map((teams.data ?? []).map((team) => [team.id, team.name])), [teams.data]);
  const sorted = useMemo(() => byLabel(teams.data ?? [], (team) => team.name, locale), [teams.data, locale]);
  // The latest version of the team being deleted: after a 412 the refreshed list gives the version to send next.
  const deleting = deletingId ? teams.data?.find((team) => team.id === deletingId) ?? null : null;
  const managerName = (id: string) => userNames.get(id) ?? (users.isPending ? '…' : t('teams.unknownUser'));

  return (
    <>
      <div className="page-header">
        <h1>{t('teams.title')}</h1>
        {mayChange && (
          <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setEditing({ team: null })}>
            {t('teams.new')}
          </button>
        )}
      </div>

      {!mayChange && <div className="notice warning" style={{ marginBottom: 'var(--space-4)' }}><p style={{ margin: 0 }}>{t('teams.readOnly')}</p></div>}
      {users.isError && <QueryProblem error={users.error} onRetry={() => void users.refetch()} />}
      {teams.isError && <QueryProblem error={teams.error} onRetry={() => void teams.refetch()} />}

      {teams.isPending ? <Loading /> : !teams.data ? null : sorted.length === 0 ? <p className="muted">{t('teams.empty')}</p> : (
        <ScrollTable caption={t('teams.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('teams.columns.name')}</th>
              <th scope="col">{t('teams.columns.manager')}</th>
              <th scope="col">{t('teams.columns.parent')}</th>
              <th scope="col">{t('teams.columns.members')}</th>
              {mayChange && <th scope="col">{t('teams.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {sorted.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>{team.managerId ? managerName(team.managerId) : <span className="muted">{t('teams.noManager')}</span>}</td>
                <td>{team.parentTeamId ? teamNames.get(team.parentTeamId) ?? '—' : <span className="muted">{t('teams.noParent')}</span>}</td>
                <td>{new Intl.NumberFormat(locale).format(team.memberIds.length)}</td>
                {mayChange && (
                  <td>
                    <div className="admin-actions" style={{ minWidth: '9rem' }}>
                      <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('teams.editOf', { name: team.name })}
                        onClick={() => setEditing({ team })}>
                        {t('common:edit')}
                      </button>
                      <button type="button" className="button small danger" aria-haspopup="dialog"
                        aria-label={t('teams.deleteOf', { name: team.name })} onClick={() => setDeletingId(team.id)}>
                        {t('common:delete')}
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <Dialog open={editing !== null}
        title={editing?.team ? t('teams.form.editTitle', { name: editing.team.name }) : t('teams.form.createTitle')}
        onClose={() => setEditing(null)}>
        {editing && (
          <TeamForm key={editing.team?.id ?? 'new'} team={editing.team} teams={teams.data ?? []} users={users.data ?? []}
            onDone={() => setEditing(null)} />
        )}
      </Dialog>

      <ConfirmDialog namespace="admin" open={deleting !== null} title={t('teams.deleteDialog.title', { name: deleting?.name ?? '' })}
        confirmLabel={t('teams.deleteDialog.confirm')} onClose={() => setDeletingId(null)}
        run={() => unwrap(api.DELETE('/api/v1/teams/{id}', {
          params: { path: { id: deleting?.id ?? '' } },
          headers: ifMatch(deleting?.version ?? 0),
        }))}
        onFail={(error) => {
          // Stale version: read the list again so the next try sends the current one.
          if (asProblem(error).status === 412) void queryClient.invalidateQueries({ queryKey: adminKeys.teams });
        }}
        onDone={() => {
          notify(t('teams.deleteDialog.done', { name: deleting?.name ?? '' }));
          void queryClient.invalidateQueries({ queryKey: adminKeys.teams });
          setDeletingId(null);
        }}>
        <p>{t('teams.deleteDialog.body')}</p>
      </ConfirmDialog>

      <VisibilitySection mayChange={mayChange} />
    </>
  );
}

const teamFields = ['name', 'managerId', 'parentTeamId'] as const;

function TeamForm({ team, teams, users, onDone }: { team: Team | null; teams: readonly Team[]; users: readonly User[]; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  // The version this form edits: it changes only when the user chooses to reload after a conflict.
  const [base, setBase] = useState(team);
  const [draft, setDraft] = useState<TeamDraft>(() => teamDraft(team));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('admin', teamFields);

  const managers = useMemo(
    () => byLabel(users.filter((u) => u.isActive || u.id === draft.managerId), userLabel, locale),
    [users, draft.managerId, locale],
  );
  const parents = useMemo(() => byLabel(parentCandidates(teams, base?.id ?? null), (p) => p.name, locale), [teams, base, locale]);
  const nameError = checked && !draft.name.trim() ? t('validation.required') : form.fieldError('name');

  const save = useMutation({
    mutationFn: async () => {
      const body = teamBody(draft);
      return base
        ? unwrap(api.PUT('/api/v1/teams/{id}', { params: { path: { id: base.id } }, body, headers: ifMatch(base.version) }))
        : unwrap(api.POST('/api/v1/teams', { body }));
    },
    onSuccess: (saved) => {
      notify(base ? t('teams.form.saved', { name: saved.name }) : t('teams.form.created', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.teams });
      onDone();
    },
    onError: form.fail,
  });

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: adminKeys.teams });
    const latest = queryClient.getQueryData<Team[]>(adminKeys.teams)?.find((candidate) => candidate.id === base?.id);
    form.clear();
    if (!latest) {
      notify(t('teams.deletedMeanwhile', { name: base?.name ?? '' }), 'error');
      onDone();
      return;
    }
    setBase(latest);
    setDraft(teamDraft(latest));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (!draft.name.trim()) return;
    save.mutate();
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {form.isConflict
        ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} />
        : <FormMessages messages={form.messages} />}
      <TextField label={t('teams.form.name')} required autoComplete="off" value={draft.name} error={nameError}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
      <SelectField label={t('teams.form.manager')} hint={t('teams.form.managerHint')} value={draft.managerId}
        error={form.fieldError('managerId')} onChange={(e) => setDraft((d) => ({ ...d, managerId: e.target.value }))}>
        <option value="">{t('teams.noManager')}</option>
        {managers.map((u) => <option key={u.id} value={u.id}>{`${userLabel(u)} (${u.email})`}</option>)}
      </SelectField>
      <SelectField label={t('teams.form.parent')} hint={t('teams.form.parentHint')} value={draft.parentTeamId}
        error={form.fieldError('parentTeamId')} onChange={(e) => setDraft((d) => ({ ...d, parentTeamId: e.target.value }))}>
        <option value="">{t('teams.noParent')}</option>
        {parents.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : base ? t('common:save') : t('teams.form.submitCreate')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}

function VisibilitySection({ mayChange }: { mayChange: boolean }) {
  const { t } = useTranslation('admin');
  const rules = useVisibilityRules();
  const titleId = useId();
  return (
    <section className="admin-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('visibility.title')}</h2>
      <p>{t('visibility.intro')}</p>
      {rules.isPending ? <Loading /> : rules.isError ? <QueryProblem error={rules.error} onRetry={() => void rules.refetch()} /> : (
        <VisibilityForm rules={rules.data} mayChange={mayChange} />
      )}
    </section>
  );
}

function VisibilityForm({ rules, mayChange }: { rules: readonly VisibilityRule[]; mayChange: boolean }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [unchanged, setUnchanged] = useState(false);
  const form = useFormProblem('admin', ['scope']);
  const scopeOf = (rule: VisibilityRule) => draft[rule.recordType] ?? rule.scope;

  const save = useMutation({
    // One PUT per changed type, one after the other: a refusal stops there and keeps the rest of the choices.
    mutationFn: async (changes: { recordType: string; scope: string }[]) => {
      for (const change of changes) {
        await unwrap(api.PUT('/api/v1/visibility-rules/{recordType}', {
          params: { path: { recordType: change.recordType } },
          body: { scope: change.scope },
        }));
      }
    },
    onSuccess: async () => {
      notify(t('visibility.saved'));
      await queryClient.invalidateQueries({ queryKey: adminKeys.visibility });
      setDraft({});
    },
    onError: async (error) => {
      form.fail(error);
      // Whatever was saved before the refusal shows as saved; the draft keeps every choice.
      await queryClient.invalidateQueries({ queryKey: adminKeys.visibility });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    const changes = changedRules(rules, draft);
    setUnchanged(changes.length === 0);
    if (changes.length > 0) save.mutate(changes);
  };

  if (rules.length === 0) return <p className="muted">{t('visibility.empty')}</p>;
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <FormMessages messages={form.messages} />
      <div className="admin-visibility">
        {rules.map((rule) => {
          const known = (scopes as readonly string[]).includes(rule.scope);
          return (
            <SelectField key={rule.recordType} label={t(`recordTypes.${rule.recordType}`, { defaultValue: rule.recordType })}
              value={scopeOf(rule)} disabled={!mayChange || save.isPending}
              onChange={(e) => {
                const scope = e.target.value;
                setUnchanged(false);
                setDraft((d) => ({ ...d, [rule.recordType]: scope }));
              }}>
              {!known && <option value={rule.scope}>{rule.scope}</option>}
              {scopes.map((scope) => <option key={scope} value={scope}>{t(`scopes.${scope}`)}</option>)}
            </SelectField>
          );
        })}
      </div>
      {mayChange && (
        <div className="form-actions" style={{ alignItems: 'center' }}>
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? t('common:saving') : t('visibility.save')}
          </button>
          <span role="status" className="muted">{unchanged ? t('visibility.unchanged') : ''}</span>
        </div>
      )}
    </form>
  );
}
