/**
 * A `pmtiles` reader Source over bytes already in memory (a Node Buffer, a downloaded ArrayBuffer,
 * a file the user dropped): `new PMTiles(new BytesSource(bytes))`. Used by the tests and tools that
 * read an archive without HTTP.
 */
import type { RangeResponse, Source } from 'pmtiles';

export class BytesSource implements Source {
  /** Every `[offset, length]` asked for, in order (tests check the reader's access pattern). */
  readonly requests: Array<[number, number]> = [];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly key = 'bytes://archive',
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.requests.push([offset, length]);
    const end = Math.min(offset + length, this.bytes.length);
    return { data: this.bytes.slice(offset, end).buffer };
  }
}
