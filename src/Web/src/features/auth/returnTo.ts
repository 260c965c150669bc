/**
 * Where to go after signing in: a path of this app only, so a crafted link cannot send the user elsewhere. Control
 * characters are refused outright: browsers drop them from URLs, which would turn `/\t/evil.example` into `//evil.example`.
 */
export function safeReturnTo(value: string | null | undefined, origin: string = window.location.origin): string {
  if (!value || !value.startsWith('/') || /[\u0000-\u001F\u007F\\]/.test(value)) return '/';
  const url = new URL(value, origin);
  if (url.origin !== origin || url.pathname.startsWith('/sign-in') || url.pathname.startsWith('/invitation')) return '/';
  return url.pathname + url.search + url.hash;
}
