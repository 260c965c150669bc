import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's search box kept in the address (`?q=`, the address's other parameters untouched), so a search can be shared, reloaded and undone with Back: what is
 * typed reaches the address a quarter of a second after the last key, and the box follows the address when it changes
 * under it (a link to the plain list, Back).
 */
export function useSearchBox() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped((current) => (current.trim() === q ? current : q)), [q]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() === q) return;
      // Other parameters of the address (a list's filters and sort) are kept.
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (typed.trim()) next.set('q', typed.trim());
        else next.delete('q');
        return next;
      }, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [typed, q, setParams]);
  return { q, typed, setTyped };
}
