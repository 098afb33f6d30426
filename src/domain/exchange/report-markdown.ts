import type { Report, ReportRun } from './report-model';
import type { ReportWords } from './report-words';

/*
 * The report as Markdown (CommonMark with GFM tables). Every text from the article or a claim is
 * escaped, `<` and `&` as entities, so that no renderer reads it as HTML or as Markdown markup.
 */

/** Text written literally by any CommonMark renderer: markup characters escaped, no raw HTML. */
export function markdownText(value: string): string {
  return value
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([-+>#=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/\r?\n/g, '  \n');
}

/** A link whose address cannot break out of its brackets. */
const link = (title: string, url: string) =>
  `[${markdownText(title || url)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

/** A run of the article's text: covered runs bold, whitespace kept outside the markers. */
function run({ text, covering, starting }: ReportRun): string {
  const marks = starting.map((n) => `\\[${n}\\]`).join('');
  if (covering.length === 0) return marks + markdownText(text);
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const body = core ? `**${markdownText(core)}**` : '';
  return `${markdownText(lead!)}${marks}${body}${markdownText(trail!)}`;
}

/** The report of an article as a Markdown document. */
export function reportMarkdown(report: Report, words: ReportWords, madeAt: string): string {
  const { article } = report;
  const lines: string[] = [`# ${markdownText(`${words.heading}: ${article.title}`)}`, ''];
  const meta: [string, string][] = [
    [words.source, article.sourceUrl ? link(article.sourceUrl, article.sourceUrl) : ''],
    [words.publisher, markdownText(article.publisher)],
    [words.author, markdownText(article.author)],
    [words.published, article.publishedAt ? markdownText(words.day(article.publishedAt)) : ''],
    [words.made, markdownText(words.time(madeAt))],
  ];
  for (const [label, value] of meta)
    if (value) lines.push(`- **${markdownText(label)}:** ${value}`);
  lines.push('', `## ${markdownText(words.summary)}`, '');
  lines.push(
    `| ${markdownText(words.rating)} | ${markdownText(words.claimsCount)} |`,
    '| --- | ---: |',
  );
  for (const row of report.counts) {
    lines.push(`| ${markdownText(words.countLabel(row.rating, row.verdict))} | ${row.count} |`);
  }
  lines.push('');
  const reviewers = report.reviewers.length ? report.reviewers.join(', ') : words.none;
  lines.push(`- **${markdownText(words.reviewers)}:** ${markdownText(reviewers)}`);
  lines.push(
    `- **${markdownText(words.approvals)}:** ${markdownText(words.approvalSpan(report.approvals))}`,
  );
  lines.push('', `## ${markdownText(words.claims)}`);
  for (const entry of report.claims) {
    const { claim } = entry;
    const number = entry.number === null ? words.notFound : `${entry.number}.`;
    lines.push('', `### ${markdownText(`${number} ${words.ratingOf(entry)}`)}`, '');
    lines.push(`> ${markdownText(claim.anchor.exact)}`, '');
    lines.push(`- **${markdownText(words.review)}:** ${markdownText(words.state(claim))}`);
    const approval = words.approval(claim);
    if (approval) lines.push(`- ${markdownText(approval)}`);
    if (claim.claimant) {
      lines.push(`- **${markdownText(words.claimant)}:** ${markdownText(claim.claimant)}`);
    }
    if (claim.note) {
      lines.push(`- **${markdownText(words.rationale)}:** ${markdownText(claim.note)}`);
    }
    if (claim.evidence.length > 0) {
      lines.push(`- **${markdownText(words.sources)}:**`);
      for (const source of claim.evidence) {
        const note = source.note ? ` ${markdownText(source.note)}` : '';
        lines.push(
          `  - ${link(source.title, source.url)} (${markdownText(words.stance(source.stance))})${note}`,
        );
      }
    }
  }
  lines.push('', `## ${markdownText(words.text)}`);
  for (const paragraph of report.paragraphs) lines.push('', paragraph.map(run).join(''));
  return `${lines.join('\n')}\n`;
}
