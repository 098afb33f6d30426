/** A tag as stored: NFC, trimmed, inner runs of whitespace made one space. */
export function cleanTag(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** The key two tags are compared by: the same tag whatever its case. */
export function tagKey(tag: string): string {
  return cleanTag(tag).toLocaleLowerCase();
}

/**
 * The tags with one more added at the end, unless it is empty or already there (compared
 * case-insensitively). A tag already used in the library keeps that spelling, so that
 * "Santé" typed as "santé" stays one tag.
 */
export function withTag(
  tags: readonly string[],
  raw: string,
  known: readonly string[] = [],
): string[] {
  const tag = cleanTag(raw);
  if (tag === '') return [...tags];
  const key = tagKey(tag);
  if (tags.some((t) => tagKey(t) === key)) return [...tags];
  return [...tags, known.find((t) => tagKey(t) === key) ?? tag];
}

/** The tags without one (compared case-insensitively). */
export function withoutTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return tags.filter((t) => tagKey(t) !== key);
}

/**
 * Splits what was typed in the tag field at commas: the finished tags before the last comma,
 * and the text after it, still being typed.
 */
export function splitTypedTags(typed: string): { finished: string[]; rest: string } {
  const parts = typed.split(',');
  const rest = parts.pop() ?? '';
  return { finished: parts.map(cleanTag).filter((t) => t !== ''), rest };
}
