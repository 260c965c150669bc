import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, meQueryKey, useSignedInUser, type Me } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { CheckboxGroup, Loading, NotAllowed, QueryProblem, ScrollTable, type CheckboxOption } from './AdminParts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { adminKeys, usePermissions, useRoles, type Role } from './queries';
import { permissionDiff } from './roleRules';
import { roleBody, roleDraft, type RoleDraft } from './forms';
import { byLabel } from './userStatus';

export default function RolesPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('roles.title'));
  const me = useSignedInUser();
  if (!can(me, 'admin.users')) return <NotAllowed title={t('roles.title')} text={t('notAllowed')} />;
  return <Roles me={me} />;
}

/** A permission in words, e.g. "Read contacts"; an unknown one (newer API) keeps its technical name. */
function usePermissionLabel() {
  const { t } = useTranslation('admin');
  return (permission: string) => t(`permissions.${permission}`, { defaultValue: permission });
}

type Editing = { role: Role | null };

function Roles({ me }: { me: Me }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  const roles = useRoles();
  const permissions = usePermissions();
  const label = usePermissionLabel();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const sorted = useMemo(
    () => byLabel(roles.data ?? [], (r) => r.name, locale).sort((a, b) => Number(b.isBuiltIn) - Number(a.isBuiltIn)),
    [roles.data, locale],
  );

  return (
    <>
      <div className="page-header">
        <h1>{t('roles.title')}</h1>
        <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setEditing({ role: null })}>
          {t('roles.new')}
        </button>
      </div>

      {roles.isError && <QueryProblem error={roles.error} onRetry={() => void roles.refetch()} />}
      {roles.isPending ? <Loading /> : !roles.data ? null : sorted.length === 0 ? <p className="muted">{t('roles.empty')}</p> : (
        <ScrollTable caption={t('roles.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('roles.columns.name')}</th>
              <th scope="col">{t('roles.columns.kind')}</th>
              <th scope="col">{t('roles.columns.mfa')}</th>
              <th scope="col">{t('roles.columns.permissions')}</th>
              <th scope="col">{t('roles.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((role) => (
              <tr key={role.id}>
                <th scope="row">{role.name}</th>
                <td className="admin-nowrap">
                  <span className={`badge${role.isBuiltIn ? '' : ' accent'}`}>{role.isBuiltIn ? t('roles.builtIn') : t('roles.custom')}</span>
                </td>
                <td className="admin-nowrap">{role.requiresMfa ? t('roles.mfaRequired') : t('roles.mfaOptional')}</td>
                <td>
                  {role.permissions.length === 0 ? <span className="muted">{t('roles.noPermission')}</span> : (
                    <ul className="admin-permissions">
                      {role.permissions.map((p) => <li key={p}>{label(p)}</li>)}
                    </ul>
                  )}
                </td>
                <td>
                  <div className="admin-actions" style={{ minWidth: '9rem' }}>
                    <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('roles.editOf', { name: role.name })}
                      onClick={() => setEditing({ role })}>
                      {t('common:edit')}
                    </button>
                    {!role.isBuiltIn && (
                      <button type="button" className="button small danger" aria-haspopup="dialog"
                        aria-label={t('roles.deleteOf', { name: role.name })} onClick={() => setDeleting(role)}>
                        {t('common:delete')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <Dialog open={editing !== null}
        title={editing?.role ? t('roles.form.editTitle', { name: editing.role.name }) : t('roles.form.createTitle')}
        onClose={() => setEditing(null)}>
        {editing && (
          <RoleForm key={editing.role?.id ?? 'new'} role={editing.role} me={me} permissions={permissions.data ?? []}
            permissionsPending={permissions.isPending}
            permissionsError={permissions.isError ? permissions.error : null} onRetryPermissions={() => void permissions.refetch()}
            onDone={() => setEditing(null)} />
        )}
      </Dialog>

      <ConfirmDialog namespace="admin" open={deleting !== null} title={t('roles.deleteDialog.title', { name: deleting?.name ?? '' })}
        confirmLabel={t('roles.deleteDialog.confirm')} onClose={() => setDeleting(null)}
        run={() => unwrap(api.DELETE('/api/v1/roles/{id}', { params: { path: { id: deleting?.id ?? '' } } }))}
        onDone={() => {
          notify(t('roles.deleteDialog.done', { name: deleting?.name ?? '' }));
          void queryClient.invalidateQueries({ queryKey: adminKeys.roles });
          setDeleting(null);
        }}>
        <p>{t('roles.deleteDialog.body')}</p>
      </ConfirmDialog>
    </>
  );
}

const roleFields = ['name', 'permissions', 'requiresMfa'] as const;

function RoleForm({ role, me, permissions, permissionsPending, permissionsError, onRetryPermissions, onDone }: {
  role: Role | null;
  me: Me;
  permissions: readonly string[];
  permissionsPending: boolean;
  permissionsError: unknown;
  onRetryPermissions: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const label = usePermissionLabel();
  const [draft, setDraft] = useState<RoleDraft>(() => roleDraft(role));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('admin', roleFields);
  const builtIn = role?.isBuiltIn ?? false;
  const mfaId = useId();

  // A permission the role holds but the API no longer lists stays visible, so saving never drops it unseen.
  const all = useMemo(() => [...new Set([...permissions, ...(role?.permissions ?? [])])], [permissions, role]);
  const options: CheckboxOption[] = all.map((permission) => {
    const held = me.permissions.includes(permission);
    return {
      value: permission,
      label: label(permission),
      disabled: builtIn || !held,
      hint: held ? permission : `${permission} — ${t('roles.form.notHeld')}`,
    };
  });
  const diff = role ? permissionDiff(role.permissions, draft.permissions) : null;
  const nameError = checked && !draft.name.trim() ? t('validation.required') : form.fieldError('name');

  const save = useMutation({
    mutationFn: async () => {
      const body = roleBody(draft);
      return role
        ? unwrap(api.PUT('/api/v1/roles/{id}', { params: { path: { id: role.id } }, body }))
        : unwrap(api.POST('/api/v1/roles', { body }));
    },
    onSuccess: (saved) => {
      notify(role ? t('roles.form.saved', { name: saved.name }) : t('roles.form.created', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.roles });
      // The holders' permissions or MFA rule may have changed, the caller's own included.
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      onDone();
    },
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (!draft.name.trim()) return;
    save.mutate();
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormMessages messages={form.messages} />
      {builtIn && <div className="notice"><p style={{ margin: 0 }}>{t('roles.form.builtInHint')}</p></div>}
      <TextField label={t('roles.form.name')} required readOnly={builtIn} autoComplete="off" value={draft.name} error={nameError}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
      {permissionsError ? <QueryProblem error={permissionsError} onRetry={onRetryPermissions} /> : permissionsPending ? <Loading /> : (
        <CheckboxGroup legend={t('roles.form.permissions')} hint={builtIn ? undefined : t('roles.form.permissionsHint')} options={options}
          selected={draft.permissions} onChange={(next) => setDraft((d) => ({ ...d, permissions: next }))}
          error={form.fieldError('permissions')} />
      )}
      <div className="field admin-checkbox">
        <div className="checkbox">
          <input id={mfaId} type="checkbox" checked={draft.requiresMfa} aria-describedby={`${mfaId}-hint`}
            onChange={(e) => setDraft((d) => ({ ...d, requiresMfa: e.target.checked }))} />
          <label htmlFor={mfaId}>{t('roles.form.requiresMfa')}</label>
        </div>
        <span id={`${mfaId}-hint`} className="hint">{t('roles.form.requiresMfaHint')}</span>
        {form.fieldError('requiresMfa') && <span className="error">{form.fieldError('requiresMfa')}</span>}
      </div>
      {diff && (diff.added.length > 0 || diff.removed.length > 0) && (
        <div className="notice warning">
          <h3>{t('roles.form.changes')}</h3>
          <ul>
            {diff.added.length > 0 && <li>{t('roles.form.added', { list: diff.added.map(label).join(', ') })}</li>}
            {diff.removed.length > 0 && <li>{t('roles.form.removed', { list: diff.removed.map(label).join(', ') })}</li>}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : role ? t('common:save') : t('roles.form.submitCreate')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
