/** Lower case without accents, so that "equipes" finds "Équipes" and "celine" finds "Céline". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

export interface Command {
  id: string;
  label: string;
  keywords?: string[];
}

/**
 * The commands whose label or keywords hold every typed word, best first: a label starting with the query, then a word
 * of the label starting with it, then anything containing it. An empty query keeps every command in its order.
 */
export function matchCommands<T extends Command>(query: string, commands: readonly T[]): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const phrase = words.join(' ');
  const scored: { command: T; score: number; index: number }[] = [];
  commands.forEach((command, index) => {
    const label = fold(command.label);
    const haystack = [label, ...(command.keywords ?? []).map(fold)].join(' ');
    if (!words.every((w) => haystack.includes(w))) return;
    const score = label.startsWith(phrase) ? 0 : label.split(/\s+/).some((w) => w.startsWith(words[0]!)) ? 1 : 2;
    scored.push({ command, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.command);
}
