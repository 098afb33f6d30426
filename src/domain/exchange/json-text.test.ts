import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonProblem, lineAndColumn, parseJsonText, tooDeep } from './json-text';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2.5e3, -0, "x\\u00e9\\n", true, false, null, {}, []]', -1],
    ['  "text"  ', -1],
    ['', 0],
    ['{"a": 1,}', 8],
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['12 34', 3],
    ['"abc', 4],
    ['"a\\x"', 3],
    ['"a\u0001"', 2],
    ['01', 1],
    ['tru', 0],
    ['[1 2]', 3],
    ['{"a": [1, {"b": }]}', 16],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it.each([
    ['100,000 open brackets', '['.repeat(100_000), 100_000],
    ['100,000 nested lists', '['.repeat(100_000) + ']'.repeat(100_000), -1],
    ['one bracket too many', '['.repeat(1000) + ']'.repeat(1001), 2000],
  ])('%s', (_label, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it.each(['{"a": 1,}', '[1,]', '{"a" 1}', '12 34', '"a\\x"', '[1 2]'])(
    'agrees with V8 where V8 gives a position: %j',
    (text) => {
      const message = (() => {
        try {
          JSON.parse(text);
          return '';
        } catch (error) {
          return (error as Error).message;
        }
      })();
      const position = /position (\d+)/.exec(message);
      if (position) expect(jsonErrorOffset(text)).toBe(Number(position[1]));
    },
  );
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 3, 2, 2],
    ['a\n\n😀x', 5, 3, 2],
    ['a\r\nb', 3, 2, 1],
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});

describe('jsonProblem', () => {
  const fail = (text: string): unknown => {
    try {
      JSON.parse(text);
    } catch (error) {
      return error;
    }
    throw new Error('valid JSON');
  };

  it.each([
    ['{\n  "a": 1,\n  "b": 2,\n  "c": x\n}', 'not JSON: unexpected token at line 4, column 8'],
    ['{"a": ', 'not JSON: unexpected end of file at line 1, column 7'],
    ['[1,\n2,', 'not JSON: unexpected end of file at line 2, column 3'],
  ])('%j', (text, problem) => {
    expect(jsonProblem(text, fail(text))).toBe(problem);
  });

  it.each([
    ['Unexpected token } in JSON at position 12', 'line 2, column 3'],
    [
      'Expected double-quoted property name in JSON at position 12 (line 2 column 3)',
      'line 2, column 3',
    ],
    ['JSON.parse: unexpected character at line 2 column 3 of the JSON data', 'line 2, column 3'],
    ['JSON Parse error: Unexpected identifier "x"', 'line 2, column 3'],
  ])('reads the position from engine message %j', (message, where) => {
    const text = '{"alpha":\n  }';
    expect(jsonProblem(text, new SyntaxError(message))).toBe(
      `not JSON: unexpected token at ${where}`,
    );
  });

  it('says when the engine gave up on nesting', () => {
    expect(jsonProblem('[[[', new RangeError('Maximum call stack size exceeded'))).toMatch(
      /nested too deeply/,
    );
  });
});

describe('tooDeep', () => {
  const nest = (depth: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };

  it.each([
    ['10 levels', nest(10), 256, undefined],
    ['256 levels', nest(256), 256, undefined],
    ['257 levels', nest(257), 256, 256],
    ['100,000 levels', nest(100_000), 256, 256],
    ['a small limit', { a: [{ b: [1] }] }, 3, 3],
  ])('%s', (_label, value, max, pathLength) => {
    expect(tooDeep(value, max)?.length).toBe(pathLength);
  });

  it('names the path to the first too deep value', () => {
    expect(tooDeep({ a: [{ b: [{}] }] }, 3)).toEqual(['a', 0, 'b']);
  });
});

describe('parseJsonText', () => {
  it.each([
    ['\uFEFF{"a":1}', { ok: true, value: { a: 1 } }],
    ['null', { ok: true, value: null }],
    ['{"a":}', { ok: false, problem: 'not JSON: unexpected token at line 1, column 6' }],
  ])('%j', (text, result) => {
    expect(parseJsonText(text)).toEqual(result);
  });
});

describe('parseJsonText and __proto__', () => {
  it('drops keys named __proto__ at any depth, keeping the rest', () => {
    const parsed = parseJsonText('{"__proto__":{"x":1},"a":{"b":[{"__proto__":0,"c":2}]}}');
    expect(parsed).toEqual({ ok: true, value: { a: { b: [{ c: 2 }] } } });
    const value = (parsed as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['a']);
  });
});
