// English sentences for the library-scale benchmark's articles (bench/generate-library.mjs), in
// the manner of lib/french-text.mjs.

const SUBJECTS = [
  'The health secretary',
  'The governor',
  'A spokesperson for the council',
  'The opposition leader',
  'The central bank',
  'A report by the audit office',
  'The mayor of Leeds',
  'The teachers’ union',
  'The energy regulator',
  'A study published on Thursday',
];
const VERBS = ['said', 'claimed', 'stated', 'insisted', 'argued', 'announced', 'repeated'];
const CLAUSES = [
  'that hospital waiting lists fell by {pct} since {year}',
  'that {num} new homes were built last year',
  'that energy bills will not rise before {year}',
  'that youth unemployment has halved in a decade',
  'that the programme will cost {money} by {year}',
  'that crime dropped by {pct} in the city centre',
  'that no school will close this year',
  'that wages grew faster than inflation',
];
const TAILS = [
  'at a press conference',
  'in an interview with a local paper',
  'before the finance committee',
  'on a morning radio show',
  'in a statement released on Tuesday',
];
const REMARKS = [
  'These figures do not appear in the annual report',
  'Official statistics show a much smaller change',
  'No public source confirms that amount so far',
  'The department did not answer our questions on this point',
  'Part of the gap comes from a change in how the figure is calculated',
  'The comparison covers periods that are not equivalent',
];
const CONNECTORS = ['However,', 'Meanwhile,', 'By contrast,', 'According to our sources,'];

function fill(template, random) {
  return template
    .replace('{pct}', `${random.int(2, 48)}.${random.int(0, 9)}%`)
    .replace('{year}', String(random.int(2012, 2030)))
    .replace('{money}', `£${random.int(2, 95)} billion`)
    .replace('{num}', `${random.int(10, 990)},${String(random.int(0, 999)).padStart(3, '0')}`);
}

/** One English sentence of a news article about public figures' statements. */
export function englishSentence(random) {
  const roll = random();
  if (roll < 0.45) {
    const clause = fill(random.pick(CLAUSES), random);
    return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(TAILS)} ${clause}.`;
  }
  if (roll < 0.75) return `${random.pick(CONNECTORS)} ${random.pick(REMARKS).toLowerCase()}.`;
  return `${random.pick(REMARKS)}, ${random.pick(TAILS)}.`;
}
