import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useDates } from '../../i18n/useLocale';
import { EditInteraction } from './EditInteraction';
import { LogInteractionPanel } from './LogInteractionPanel';
import { durationParts, excerptOf, type Interaction, type InteractionLinks } from './interactions';
import './interactions.css';

/** The calls and visit reports about a deal, newest logged first, and the form to log one. Hidden without activities.read. */
export function DealInteractionsPanel({ dealId, links }: { dealId: string; links: InteractionLinks }) {
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) return null;
  return <Panel dealId={dealId} links={links} />;
}

function Panel({ dealId, links }: { dealId: string; links: InteractionLinks }) {
  const { t } = useTranslation('interactions');
  const headingId = useId();
  const list = useQuery({
    queryKey: ['interactions', 'list', { dealId }],
    queryFn: () => unwrap(api.GET('/api/v1/interactions', { params: { query: { dealId, limit: 50 } } })),
  });
  const items = list.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('deal.title')}</h2>
      <LogInteractionPanel links={{ ...links, dealId }} />
      {list.isPending ? <p role="status" className="muted">{t('common:loading')}</p> : items.length === 0 ? <p className="muted">{t('deal.empty')}</p> : (
        <ul className="plain notes">
          {items.map((interaction) => <InteractionItem key={interaction.id} interaction={interaction} />)}
        </ul>
      )}
    </section>
  );
}

function InteractionItem({ interaction }: { interaction: Interaction }) {
  const { t } = useTranslation();
  const { t: ti } = useTranslation('interactions');
  const dates = useDates();
  const duration = durationParts(interaction.durationSeconds ?? 0);
  const what = interaction.kind === 'Call'
    ? t('timeline.activities.call', {
      direction: t(`timeline.activities.direction.${interaction.direction ?? 'Outbound'}`),
      duration: t(`timeline.activities.${duration.unit}`, { count: duration.count }),
      outcome: t(`timeline.activities.outcome.${interaction.outcome ?? 'Reached'}`),
    })
    : interaction.location ? t('timeline.activities.visitAt', { location: interaction.location }) : t('timeline.activities.visit');
  const excerpt = excerptOf(interaction.notes);
  return (
    <li className="note">
      <p className="muted" style={{ margin: 0 }}>{dates.dateTime(interaction.happenedAtUtc)}</p>
      <p style={{ margin: 0 }}>{what}{interaction.title && <> — <strong>{interaction.title}</strong></>}</p>
      {excerpt && <p style={{ margin: 0, whiteSpace: 'pre-line' }}>{excerpt}</p>}
      <EditInteraction interactionId={interaction.id} label={ti('edit')} />
    </li>
  );
}
