const SEPARATOR = /\s+(?:[|–—·•»]|-{1,2}|::)\s+/u;

/** A page title (`<title>`, og:title) without the site name that pages add before or after it. */
export function titleWithoutSiteName(title: string, siteName: string): string {
  const parts = title.trim().split(SEPARATOR);
  if (parts.length < 2) return title.trim();
  const site = siteName.trim().toLowerCase();
  if (site !== '') {
    const kept = parts.filter((part) => part.toLowerCase() !== site);
    if (kept.length < parts.length) return kept.join(' – ');
  }
  // With no site name to go by, a short last part is the site's.
  const last = parts[parts.length - 1]!;
  const rest = parts.slice(0, -1).join(' – ');
  return last.split(/\s+/u).length <= 4 && rest.split(/\s+/u).length >= 3 ? rest : title.trim();
}

/** The site name a page title adds after the headline ("Headline – Site"), or ''. */
export function siteNameOfTitle(title: string, headline: string): string {
  const parts = title.trim().split(SEPARATOR);
  if (parts.length !== 2 || headline.trim() === '') return '';
  return parts[0]!.trim().toLowerCase() === headline.trim().toLowerCase() ? parts[1]!.trim() : '';
}
