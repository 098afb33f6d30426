import * as Y from 'yjs';

/**
 * How one record (a claim, an article's metadata, the shared settings) is kept in a Y.Map:
 * one key per own field of the record, whatever the fields are, so that fields added to the
 * types later travel without a change here, and concurrent changes to different fields merge.
 * A few fields are lists that grow on several devices at once (the change log, comments,
 * history): they are Y.Arrays whose entries merge instead of one list replacing the other.
 */

/** A record as stored: any object whose own fields are JSON values. */
export type SyncRecord = object;

/** The list fields, and where new entries go: the log and comments grow at the end, history
 * (newest first) at the start. */
export const LIST_FIELDS: Readonly<Record<string, 'end' | 'start'>> = {
  log: 'end',
  comments: 'end',
  history: 'start',
};

/** JSON with object keys sorted, so that equal values give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

/** Whether two JSON values are equal. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || stableJson(a) === stableJson(b);
}

/** What identifies a list entry: its `id` (comments), its `rev` (log entries), else its JSON. */
export function entryKey(entry: unknown): string {
  if (entry && typeof entry === 'object') {
    const fields = entry as Record<string, unknown>;
    if (typeof fields.id === 'string') return `id:${fields.id}`;
    if (typeof fields.rev === 'string') return `rev:${fields.rev}`;
  }
  return `json:${stableJson(entry)}`;
}

/** A JSON copy of a value, so that the Y.Doc never shares an object with the caller. */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function ownFields(record: SyncRecord | undefined): Record<string, unknown> {
  return (record ?? {}) as Record<string, unknown>;
}

/** The plain value of a map's field (a Y.Array as an array). */
function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/**
 * Writes a record into a map, field by field. With `base` (the record the local change started
 * from), only the fields the change touched are written and only list entries it removed are
 * removed, so that what others changed meanwhile stays; without it, every field that differs
 * is written, fields the record lacks are removed, and list entries are never removed (except
 * those a newer log entry absorbed).
 */
export function writeRecord(map: Y.Map<unknown>, record: SyncRecord, base?: SyncRecord): void {
  const fields = ownFields(record);
  const before = base === undefined ? undefined : ownFields(base);
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const where = LIST_FIELDS[field];
    if (where && Array.isArray(value)) {
      const baseList = before?.[field];
      writeList(
        map,
        field,
        value,
        where,
        Array.isArray(baseList) ? baseList : before ? [] : undefined,
      );
      continue;
    }
    if (before && field in before && sameJson(before[field], value)) continue;
    if (!map.has(field) || !sameJson(plain(map.get(field)), value)) map.set(field, copy(value));
  }
  for (const field of [...map.keys()]) {
    if (fields[field] !== undefined) continue;
    if (!before || before[field] !== undefined) map.delete(field);
  }
}

/** Merges a list into the map's Y.Array for the field (see writeRecord). */
function writeList(
  map: Y.Map<unknown>,
  field: string,
  entries: unknown[],
  where: 'end' | 'start',
  base: unknown[] | undefined,
): void {
  let list = map.get(field);
  if (!(list instanceof Y.Array)) {
    const previous = list;
    list = new Y.Array<unknown>();
    map.set(field, list);
    // A list stored whole by an older writer keeps its entries.
    if (Array.isArray(previous)) (list as Y.Array<unknown>).push(previous.map(copy));
  }
  const target = list as Y.Array<unknown>;
  const wanted = new Map(entries.map((entry) => [entryKey(entry), entry]));
  const removed = new Set(base?.map(entryKey).filter((key) => !wanted.has(key)));
  for (const entry of entries) {
    const { absorbed, kind } = (entry ?? {}) as { absorbed?: unknown; kind?: unknown };
    // A merge's `absorbed` are the revisions it joins, which stay in the log.
    if (kind === 'merge' || !Array.isArray(absorbed)) continue;
    for (const rev of absorbed) removed.add(`rev:${String(rev)}`);
  }
  const current = target.toArray().map(plain);
  const present = new Set<string>();
  // From the end, so that deleting an entry does not move those still to visit.
  for (let index = current.length - 1; index >= 0; index -= 1) {
    const key = entryKey(current[index]);
    if (removed.has(key) || present.has(key)) {
      target.delete(index, 1);
      continue;
    }
    present.add(key);
    const entry = wanted.get(key);
    if (entry !== undefined && !sameJson(current[index], entry)) {
      target.delete(index, 1);
      target.insert(index, [copy(entry)]);
    }
  }
  const added = entries.filter((entry) => !present.has(entryKey(entry))).map(copy);
  if (added.length === 0) return;
  if (where === 'end') target.push(added);
  else target.insert(0, added);
}

/** A record as read from its map: every field, lists as arrays. */
export function readRecord(map: Y.Map<unknown>): Record<string, unknown> {
  return map.toJSON() as Record<string, unknown>;
}

/** The map of a key in a map of maps, created when missing. */
export function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = parent.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const created = new Y.Map<unknown>();
  parent.set(key, created);
  return created;
}
