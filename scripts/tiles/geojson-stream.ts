/**
 * Streams the features of a (possibly huge, possibly single-line) GeoJSON FeatureCollection: the file
 * is read in chunks and each element of the top-level `features` array is cut out by a byte scanner
 * (brace depth, aware of strings and escapes) and `JSON.parse`d alone. Memory stays at one chunk plus
 * one feature, whatever the file size (a 500k-site file is ~270 MB, past what one string should hold).
 *
 * The structural bytes ({ } [ ] " \ :) are ASCII, so scanning UTF-8 bytes is safe.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const BRACE_OPEN = 0x7b;
const BRACE_CLOSE = 0x7d;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Incremental scanner: feed it chunks, it calls `onFeature` with each feature's JSON bytes. */
export class FeatureScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Bytes of the string being read at depth 1 (a key of the collection, or a short value). */
  private topString: number[] | null = null;
  private lastTopString = '';
  /** Depth of the `features` array's elements (2) while inside it, else -1. */
  private featuresDepth = -1;
  private featuresDone = false;
  /** Bytes of the feature being read that came in earlier chunks. */
  private pending: Uint8Array[] = [];
  private carrying = false;
  count = 0;

  constructor(private readonly onFeature: (json: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let featureStart = this.carrying ? 0 : -1;
    for (let i = 0; i < n; i++) {
      const c = chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.topString) {
            this.lastTopString = new TextDecoder().decode(new Uint8Array(this.topString));
            this.topString = null;
          }
          continue;
        }
        if (this.topString) this.topString.push(c);
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1) this.topString = [];
      } else if (c === BRACE_OPEN || c === BRACKET_OPEN) {
        if (c === BRACE_OPEN && this.depth === this.featuresDepth) featureStart = i;
        else if (c === BRACKET_OPEN && this.depth === 1 && this.lastTopString === 'features' && !this.featuresDone) this.featuresDepth = 2;
        this.depth++;
      } else if (c === BRACE_CLOSE || c === BRACKET_CLOSE) {
        this.depth--;
        if (this.depth < 0) throw new Error('unbalanced JSON');
        if (c === BRACE_CLOSE && this.depth === this.featuresDepth && featureStart >= 0) {
          this.emit(chunk.subarray(featureStart, i + 1));
          featureStart = -1;
        } else if (c === BRACKET_CLOSE && this.depth === 1 && this.featuresDepth === 2) {
          this.featuresDepth = -1;
          this.featuresDone = true;
        }
      } else if (this.depth === 1 && c !== 0x3a && c > 0x20 && c !== 0x2c) {
        this.lastTopString = ''; // a number/true/null value at depth 1: not a key
      }
    }
    this.carrying = featureStart >= 0;
    if (this.carrying) this.pending.push(chunk.slice(featureStart));
  }

  private emit(tail: Uint8Array): void {
    if (this.pending.length === 0) this.onFeature(tail);
    else {
      const parts = [...this.pending, tail];
      const all = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
      let at = 0;
      for (const p of parts) {
        all.set(p, at);
        at += p.length;
      }
      this.pending = [];
      this.onFeature(all);
    }
    this.count++;
  }

  /** Checks the input ended cleanly after a `features` array. */
  end(): void {
    if (this.depth !== 0 || this.inString) throw new Error('truncated GeoJSON');
    if (!this.featuresDone) throw new Error('no top-level "features" array found');
  }
}

/**
 * Calls `onFeature` with every feature of the FeatureCollection at `path`, parsed.
 * @returns the number of features read
 */
export function forEachFeature<F = unknown>(path: string, onFeature: (feature: F) => void, chunkBytes = 4 << 20): number {
  const decoder = new TextDecoder();
  const scanner = new FeatureScanner((json) => onFeature(JSON.parse(decoder.decode(json)) as F));
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(chunkBytes);
    for (;;) {
      const read = readSync(fd, buf, 0, chunkBytes, null);
      if (read === 0) break;
      scanner.push(buf.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  scanner.end();
  return scanner.count;
}
