import { renderToStaticMarkup } from 'react-dom/server';
import type { Report } from '../../domain/exchange/report-model';
import type { ReportWords } from '../../domain/exchange/report-words';
import { ReportDocument } from './ReportDocument';
import reportCss from './report.css?raw';

/**
 * The report as one self-contained HTML file: its style sheet inline, no script, every text
 * escaped by React's renderer, links to the sources. It opens in any browser and prints like the
 * page.
 */
export function reportHtml(report: Report, words: ReportWords, madeAt: string): string {
  const body = renderToStaticMarkup(
    <ReportDocument report={report} words={words} madeAt={madeAt} />,
  );
  const title = renderToStaticMarkup(<title>{`${words.heading}: ${report.article.title}`}</title>);
  return [
    '<!doctype html>',
    `<html lang="${words.language === 'fr' ? 'fr' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    // Nothing in the file may run or load: no script, no remote style or image.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    title,
    `<style>${reportCss.replace(/<\//g, '<\\/')}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
