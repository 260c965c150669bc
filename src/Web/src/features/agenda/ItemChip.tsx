import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from './agenda';

/** The colour of the calendar an item is on, as a CSS custom property the stylesheet mixes into its background. */
export function itemStyle(colour: string): CSSProperties {
  return { '--item-colour': colour } as CSSProperties;
}

/** An item's title, or "Busy" for someone else's time the user may not see. */
export function ItemText({ item }: { item: CalendarItem }) {
  const { t } = useTranslation('agenda');
  return <span className="agenda-item-title">{item.private ? t('busy') : item.title ?? t('untitled')}</span>;
}
