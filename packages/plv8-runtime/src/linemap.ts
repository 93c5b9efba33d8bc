/**
 * Maps positions in the code the runtime evaluates back to the user's source.
 *
 * transform.ts rewrites async functions, which inserts and removes text; the edits are recorded
 * as segments so an error's position (from the V8 stack, in generated coordinates) can be reported
 * at the user's own line and column. Everything here is pure and cheap, and only runs on errors.
 */
import { offsetOf, positionOf } from '@wormhole/protocol';

/** One replacement: original [origStart, origEnd) became generated [genStart, genEnd). */
export type Segment = [origStart: number, origEnd: number, genStart: number, genEnd: number];

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits to `source`; returns the new text and the segments for mapping back. */
export function applyEdits(source: string, edits: Edit[]): { code: string; segments: Segment[] } {
  // Zero-length insertions sort before a replacement at the same position (they close what ends there).
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const parts: string[] = [];
  const segments: Segment[] = [];
  let cursor = 0;
  let generated = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    parts.push(source.slice(cursor, edit.start));
    generated += edit.start - cursor;
    segments.push([edit.start, edit.end, generated, generated + edit.text.length]);
    parts.push(edit.text);
    generated += edit.text.length;
    cursor = edit.end;
  }
  parts.push(source.slice(cursor));
  return { code: parts.join(''), segments };
}

/** The original offset of a generated offset; positions inside inserted text map to the edit's start. */
export function toOriginalOffset(segments: Segment[], generated: number): number {
  let delta = 0;
  for (const [origStart, origEnd, genStart, genEnd] of segments) {
    if (generated < genStart) break;
    if (generated < genEnd) return origStart;
    delta = origEnd - genEnd;
  }
  return generated + delta;
}

/** True when a generated offset lies in text the rewrite inserted (e.g. the async driver's `.call(this)`). */
export function isInserted(segments: Segment[], generated: number): boolean {
  for (const [, , genStart, genEnd] of segments) {
    if (generated < genStart) return false;
    if (generated < genEnd) return true;
  }
  return false;
}

/** Maps a generated 1-based line/column to the user's source. */
export function toOriginalPosition(source: string, code: string, segments: Segment[], line: number, column: number) {
  return positionOf(source, toOriginalOffset(segments, offsetOf(code, line, column)));
}
