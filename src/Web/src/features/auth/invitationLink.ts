/**
 * The user id and token an invitation link carries in its fragment (`/invitation#user=…&token=…`), which the browser
 * never sends to the server; null when either is missing.
 */
export function readInvitation(hash: string): { userId: string; token: string } | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const userId = params.get('user');
  const token = params.get('token');
  return userId && token ? { userId, token } : null;
}
