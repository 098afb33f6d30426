import { CONTENT_CASES } from './hostile-files-content';
import { FIELD_CASES } from './hostile-files-fields';
import { INPUT_CASES } from './hostile-files-input';
import type { HostileCase } from './hostile-file-shapes';

/**
 * The hostile-file corpus (src/db/hostile-corpus.test.ts): import files written by hand from the
 * sample bundle and W3C collection, each with its expected outcome: refused with a named problem,
 * or imported (and then restorable from the library's own backup).
 */
export const HOSTILE_CASES: HostileCase[] = [...INPUT_CASES, ...FIELD_CASES, ...CONTENT_CASES];
