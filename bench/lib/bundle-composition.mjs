// What the first screen's JavaScript is made of, through the build's hidden source maps.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { groupOf } from './profile.mjs';

/** What a built JavaScript file is made of: minified bytes and gzip size per source group. */
export function bundleComposition(file, map, top = 14) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const chunks = new Map();
  let previous = null;
  const flush = (end) => {
    if (!previous) return;
    const line = lines[previous.generatedLine - 1] ?? '';
    const text = line.slice(previous.generatedColumn, end ?? line.length);
    const group = groupOf(previous.source);
    const list = chunks.get(group) ?? [];
    list.push(text);
    chunks.set(group, list);
  };
  map.eachMapping((m) => {
    if (previous && previous.generatedLine === m.generatedLine) flush(m.generatedColumn);
    else flush(undefined);
    previous = m;
  });
  flush(undefined);
  const total = Buffer.byteLength(code);
  return [...chunks]
    .map(([group, parts]) => {
      const text = parts.join('');
      return {
        group,
        bytes: Buffer.byteLength(text),
        gzip: gzipSync(text).length,
        share: Math.round((1000 * Buffer.byteLength(text)) / total) / 10,
      };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
