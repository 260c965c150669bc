import type { ComponentType, ReactNode } from 'react';
import type { MergeRecord } from './mergeDraft';

/** What the merge screens read of any record merged: contacts and companies alike. */
export interface Mergeable {
  id: string;
  version: number;
  updatedAtUtc?: string | null;
}

/**
 * A row of the merge table: one single detail, a radio per record. `P` is what the user picked so far; `pick` says
 * what it becomes once this row's value is taken from another record.
 */
export interface MergeRow<R, P> {
  /** Unique among the rows: it also names the row's group of radios. */
  key: string;
  label: string;
  /** The record whose value the kept one takes, or null for none (a company's parent, when none is outside). */
  chosen: string | null;
  /** The record's value as the page shows it, or null when it has none. */
  valueOf: (record: R) => string | null;
  /** The accessible name of the record's radio, given its value and how the page names the record. */
  choiceLabel: (value: string | null, name: string) => string;
  pick: (picked: P | undefined, id: string) => P;
}

/** One list of what the kept record gains from all of them, each once. */
export interface CombinedList {
  label: string;
  items: { key: string; content: ReactNode }[];
  /** Shown as badges, side by side. */
  tags?: boolean;
}

/** A record found by "Merge with…". */
export interface FoundRecord {
  id: string;
  title: string;
  subtitle?: string | null;
}

/**
 * One kind of record that merges (contacts, companies): how the shared merge screen, undo notice and "Merge with…"
 * read, name, compare and merge its records. `P` is what the user picked, `C` every detail's winner.
 */
export interface MergeKind<R extends Mergeable, P, C> {
  /** The i18n namespace of the screens' texts, worded for this kind under the same keys. */
  namespace: string;
  /** The records' place in the app and in the API (`/{path}/:id`, `/api/v1/{path}/…`), and their cache keys' first part. */
  path: 'contacts' | 'companies';
  /** The key of the text of the link back to the list. */
  backKey: string;
  /** The merge screen for these records, the first one kept. */
  href: (ids: readonly string[]) => string;
  read: (id: string) => Promise<R>;
  /** The record's own name, as the rest of the app shows it. */
  nameOf: (record: R) => string;
  /** How the merge screen names each record: told apart when two share a name. */
  screenNames: (records: readonly R[]) => Map<string, string>;
  /** The records of this kind matching what was typed in "Merge with…". */
  find: (q: string) => Promise<FoundRecord[]>;
  /** The merges into the record, newest first. */
  mergesOf: (id: string) => Promise<MergeRecord[]>;
  /** Merges the others into the first record with these choices: the kept record as it now is. */
  merge: (records: readonly R[], choices: C) => Promise<R>;
  undo: (mergeId: string) => Promise<unknown>;
  /** The cached collections an undone merge changes, besides the kept record's timeline and the search. */
  undoTouches: readonly string[];
  choicesOf: (records: readonly R[], picked: P | undefined) => C;
  /** The API's rules the merge would break, as error codes (`codes.*` texts). */
  problems: (records: readonly R[], choices: C) => string[];
  /** The table's rows, in order (a hook: the values are worded in the user's language). */
  useRows: (records: readonly R[], choices: C) => MergeRow<R, P>[];
  /** What the kept record gains from all of them (a hook, likewise). */
  useCombined: (records: readonly R[]) => CombinedList[];
  /** What tells a record apart in the choice of the one kept, after its name. */
  KeptDetails: ComponentType<{ record: R }>;
}
