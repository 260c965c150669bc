import { useEffect, useRef, useState } from 'react';

/** Open/closed state of a menu: closes on Escape (focus back on its button) and on a click outside. */
export function usePopover<T extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const anchor = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        anchor.current?.querySelector<HTMLElement>('button')?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!anchor.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  return { open, setOpen, toggle: () => setOpen((o) => !o), anchor };
}
