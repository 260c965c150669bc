import { useEffect } from 'react';

/** Sets the tab's title, which screen readers announce after each navigation. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Crm` : 'Crm';
  }, [title]);
}
