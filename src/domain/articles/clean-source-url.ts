const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|xtor|at_medium|at_campaign)$/iu;

/** A page's address as an article's source URL: absolute http(s), resolved against `base`, without tracking parameters or fragment; '' when it is not one. */
export function cleanSourceUrl(value: string, base = ''): string {
  let url: URL;
  try {
    url = base === '' ? new URL(value.trim()) : new URL(value.trim(), base);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.test(name)) url.searchParams.delete(name);
  }
  url.hash = '';
  return url.href;
}
