/** Where to go after signing in: a path of this app only, so a crafted link cannot send the user elsewhere. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in') || value.startsWith('/invitation')) return '/';
  return value;
}
