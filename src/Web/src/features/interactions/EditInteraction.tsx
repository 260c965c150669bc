import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { asProblem, useProblemText } from '../../ui/problems';
import { LogInteractionForm } from './LogInteractionPanel';
import { linksOf } from './interactions';

/** "Change" on a logged call or visit report: reads it, then opens the form on it (where it can also be deleted). */
export function EditInteraction({ interactionId, label }: { interactionId: string; label: string }) {
  const me = useSignedInUser();
  const [open, setOpen] = useState(false);
  if (!can(me, 'activities.write')) return null;
  return open ? <EditForm interactionId={interactionId} onClose={() => setOpen(false)} /> : (
    <button type="button" className="button small ghost" onClick={() => setOpen(true)}>{label}</button>
  );
}

function EditForm({ interactionId, onClose }: { interactionId: string; onClose: () => void }) {
  const { t } = useTranslation('interactions');
  const describe = useProblemText('interactions');
  const interaction = useQuery({
    queryKey: ['interactions', 'one', interactionId],
    queryFn: () => unwrap(api.GET('/api/v1/interactions/{id}', { params: { path: { id: interactionId } } })),
    staleTime: 0,
  });
  if (interaction.isPending) return <p role="status" className="muted">{t('common:loading')}</p>;
  if (interaction.isError) return <p className="notice error" role="alert">{describe(asProblem(interaction.error))}</p>;
  return <LogInteractionForm links={linksOf(interaction.data)} existing={interaction.data} onClose={onClose} />;
}
