import { useEffect, useRef } from 'react';

/**
 * For a heading (with tabIndex -1) that appears in place of the control the user just used: moves the focus to it, so
 * keyboard and screen-reader users land on what appeared instead of at the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
