import type { SavedPage } from './saved-page';

/** A page that tries to run code, load things, redirect and move its base while it is read. */
export const HOSTILE_PAGE: SavedPage = {
  name: 'hostile page: scripts, handlers, javascript: links, <base>, refresh',
  html: `<!DOCTYPE html><html lang="en"><head>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0; url=https://evil.example/phish">
<meta http-equiv="Content-Security-Policy" content="default-src *">
<title>Water report published | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<link rel="canonical" href="https://harbour-gazette.example/news/water-report">
<meta property="article:published_time" content="2025-03-03T09:00:00Z">
<meta name="author" content="<img src=x onerror=alert(1)>">
<link rel="stylesheet" href="https://evil.example/steal.css">
<style>body{background:url("https://evil.example/bg.png")}</style>
<script>window.__pwned = 'inline';</script>
<script src="https://evil.example/evil.js"></script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Water report published","author":{"@type":"Person","name":"Ruth Evans"}}</script>
</head><body onload="window.__pwned='onload'">
<nav><a href="javascript:window.__pwned='nav'">Home</a></nav>
<article>
<h1 onclick="window.__pwned='h1'">Water report published</h1>
<p style="color:red" onmouseover="window.__pwned='hover'">The water company has published its annual report on drinking water quality.</p>
<img src="https://evil.example/pixel.gif" onerror="window.__pwned='img'">
<p>It shows that <a href="javascript:window.__pwned='link'">all samples</a> met the legal limits, according to <a href="https://dwi.example/report">the regulator</a>.</p>
<iframe src="https://evil.example/frame" srcdoc="<script>parent.__pwned='frame'</script>"></iframe>
<svg onload="window.__pwned='svg'"><text>vector</text></svg>
<p>Campaigners said the report did not cover private wells.</p>
<form action="https://evil.example/collect"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>
<object data="https://evil.example/flash.swf"></object>
</article>
<footer>© 2025 Harbour Gazette</footer>
</body></html>`,
  text: [
    'Water report published',
    'The water company has published its annual report on drinking water quality.',
    'It shows that all samples met the legal limits, according to the regulator.',
    'Campaigners said the report did not cover private wells.',
  ],
  meta: {
    title: 'Water report published',
    sourceUrl: 'https://harbour-gazette.example/news/water-report',
    publisher: 'Harbour Gazette',
    author: 'Ruth Evans',
    publishedAt: '2025-03-03',
    modifiedAt: '',
    language: 'en',
  },
};
