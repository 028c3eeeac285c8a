/**
 * A minimal Mapbox Vector Tile (v2) encoder for one layer of points, on `pbf`'s writer.
 *
 * Why not `@maplibre/vt-pbf`: it works (the first version of the tiler used it), but its property
 * caches are plain objects keyed by `typeof + ':' + value`, which with 500k unique ids per zoom made
 * property encoding ~40% of the build. Points need none of its geometry generality.
 * Spec: https://github.com/mapbox/vector-tile-spec/blob/master/2.1/vector_tile.proto
 */
import { PbfWriter } from 'pbf';

export type TileValue = string | number | boolean;

export interface PointFeature {
  /** Tile-local integer coordinates, 0 ≤ x, y < extent. */
  x: number;
  y: number;
  /** Flat properties; undefined / null values are left out. */
  properties: Readonly<Record<string, TileValue | null | undefined>>;
}

// Field numbers of vector_tile.proto.
const TILE_LAYERS = 3;
const LAYER_VERSION = 15;
const LAYER_NAME = 1;
const LAYER_FEATURES = 2;
const LAYER_KEYS = 3;
const LAYER_VALUES = 4;
const LAYER_EXTENT = 5;
const FEATURE_TAGS = 2;
const FEATURE_TYPE = 3;
const FEATURE_GEOMETRY = 4;
const GEOM_POINT = 1;
const CMD_MOVE_TO_ONE = (1 & 0x7) | (1 << 3); // MoveTo, count 1

const zigzag = (n: number): number => (n << 1) ^ (n >> 31);

function writeValue(value: TileValue, pbf: PbfWriter): void {
  if (typeof value === 'string') pbf.writeStringField(1, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(7, value);
  else if (!Number.isInteger(value)) pbf.writeDoubleField(3, value);
  else if (value < 0) pbf.writeSVarintField(6, value);
  else pbf.writeVarintField(5, value);
}

/** Encodes `features` as a tile with one point layer (uncompressed bytes). */
export function encodePointLayer(name: string, features: readonly PointFeature[], extent = 4096): Uint8Array {
  const keys = new Map<string, number>();
  const strings = new Map<string, number>();
  const numbers = new Map<number, number>();
  const bools = new Map<boolean, number>();
  const values: TileValue[] = [];
  const valueIndex = (v: TileValue): number => {
    const map = (typeof v === 'string' ? strings : typeof v === 'number' ? numbers : bools) as Map<TileValue, number>;
    let i = map.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      map.set(v, i);
    }
    return i;
  };
  const tags: number[] = [];
  const geometry = [CMD_MOVE_TO_ONE, 0, 0];

  const pbf = new PbfWriter();
  pbf.writeMessage(
    TILE_LAYERS,
    () => {
      pbf.writeVarintField(LAYER_VERSION, 2);
      pbf.writeStringField(LAYER_NAME, name);
      for (const f of features) {
        if (!(f.x >= 0 && f.x < extent && f.y >= 0 && f.y < extent)) throw new RangeError(`point ${f.x},${f.y} outside the tile`);
        tags.length = 0;
        for (const key in f.properties) {
          const v = f.properties[key];
          if (v === null || v === undefined) continue;
          let k = keys.get(key);
          if (k === undefined) keys.set(key, (k = keys.size));
          tags.push(k, valueIndex(v));
        }
        geometry[1] = zigzag(f.x);
        geometry[2] = zigzag(f.y);
        pbf.writeMessage(
          LAYER_FEATURES,
          () => {
            if (tags.length) pbf.writePackedVarint(FEATURE_TAGS, tags);
            pbf.writeVarintField(FEATURE_TYPE, GEOM_POINT);
            pbf.writePackedVarint(FEATURE_GEOMETRY, geometry);
          },
          undefined,
        );
      }
      for (const key of keys.keys()) pbf.writeStringField(LAYER_KEYS, key);
      for (const v of values) pbf.writeMessage(LAYER_VALUES, writeValue, v);
      pbf.writeVarintField(LAYER_EXTENT, extent);
    },
    undefined,
  );
  return pbf.finish();
}
