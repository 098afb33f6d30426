/**
 * The authors' names found in a page's values ("By Jane Doe and John Roe", "Par X"), cleaned and
 * without repeats; values that are web addresses or markup are not names.
 */
export function authorNames(values: string[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    const text = value.replace(/\s+/gu, ' ').trim();
    if (text === '' || /[<>{}]|^https?:|^www\./iu.test(text)) continue;
    const bare = text.replace(/^(?:by|par|de|written by|écrit par)\s+/iu, '');
    for (const name of bare.split(/\s*(?:,|;|\band\b|\bet\b|&)\s*/u)) {
      const clean = name.trim();
      if (clean !== '' && !names.some((known) => known.toLowerCase() === clean.toLowerCase())) {
        names.push(clean);
      }
    }
  }
  return names;
}
