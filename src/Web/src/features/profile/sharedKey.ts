/**
 * The authenticator key as people type it by hand: upper case, in groups of four characters separated by spaces
 * (`JBSW Y3DP EHPK 3PXP`). Spaces and dashes already in the key are dropped first; authenticator apps ignore them.
 */
export function groupSharedKey(key: string, size = 4): string {
  const plain = key.replace(/[\s-]+/g, '').toUpperCase();
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += size) groups.push(plain.slice(i, i + size));
  return groups.join(' ');
}
