import { constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';
import { SparseWeights } from './perceptron.js';

/**
 * A model file: gzip of `ENTSYN1\n`, a little-endian uint32 header length, the JSON header, then
 * the typed arrays the header lists, each 4-byte aligned. Deterministic: the same model gives the
 * same bytes (gzip level and header key order are fixed; no timestamps inside).
 */
const MAGIC = 'ENTSYN1\n';

type ArrayKind = 'u32' | 'u16' | 'i16' | 'f32';
type AnyArray = Uint32Array | Uint16Array | Int16Array | Float32Array;

interface ArrayEntry {
  name: string;
  kind: ArrayKind;
  length: number;
}

interface FileHeader<T> {
  meta: T;
  arrays: ArrayEntry[];
}

export class ModelFileError extends Error {}

function kindOf(array: AnyArray): ArrayKind {
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Int16Array) return 'i16';
  return 'f32';
}

const BYTES: Record<ArrayKind, number> = { u32: 4, u16: 2, i16: 2, f32: 4 };

/** Serialise a header object and named arrays into the compressed model bytes. */
export function encodeModel<T>(meta: T, arrays: Array<[string, AnyArray]>): Buffer {
  const header: FileHeader<T> = {
    meta,
    arrays: arrays.map(([name, array]) => ({ name, kind: kindOf(array), length: array.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  parts.push(length, headerBytes);
  let size = MAGIC.length + 4 + headerBytes.length;
  for (const [, array] of arrays) {
    const pad = (4 - (size % 4)) % 4;
    if (pad) parts.push(Buffer.alloc(pad));
    size += pad;
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    parts.push(bytes);
    size += bytes.length;
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function typedArray(kind: ArrayKind, buffer: ArrayBufferLike, start: number, length: number): AnyArray {
  if (kind === 'u32') return new Uint32Array(buffer, start, length);
  if (kind === 'u16') return new Uint16Array(buffer, start, length);
  if (kind === 'i16') return new Int16Array(buffer, start, length);
  return new Float32Array(buffer, start, length);
}

/**
 * Output chunk for gunzip: the size the gzip trailer gives (+1 so the end fits in the one chunk),
 * so the model is inflated into one buffer instead of 64 KB chunks joined into a second copy
 * (peak memory of loading the English model 51 → 23 MB). A damaged trailer only costs chunking.
 */
function outputChunk(compressed: Buffer): number {
  const stated = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
  return Math.max(zlibConstants.Z_MIN_CHUNK, Math.min(stated + 1, 64 * compressed.length, 1 << 28));
}

/**
 * Read model bytes back; any damage (bad gzip, wrong magic, short arrays) is a ModelFileError.
 * `inPlace`: the arrays view the decompressed bytes instead of each being copied, for a caller
 * that copies what it keeps (no second copy of the whole model in memory meanwhile).
 */
export function decodeModel<T>(
  compressed: Buffer,
  label: string,
  inPlace = false,
): { meta: T; arrays: Map<string, AnyArray> } {
  let raw: Buffer;
  try {
    raw = gunzipSync(compressed, { chunkSize: outputChunk(compressed) });
  } catch (error) {
    throw new ModelFileError(`${label}: not a readable model file (${(error as Error).message})`);
  }
  if (raw.length < MAGIC.length + 4 || raw.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new ModelFileError(`${label}: not an Entente syntax model (bad magic)`);
  }
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  if (offset + headerLength > raw.length) throw new ModelFileError(`${label}: truncated header`);
  let header: FileHeader<T>;
  try {
    header = JSON.parse(raw.toString('utf8', offset, offset + headerLength)) as FileHeader<T>;
  } catch {
    throw new ModelFileError(`${label}: corrupt header`);
  }
  offset += headerLength;
  const arrays = new Map<string, AnyArray>();
  for (const entry of header.arrays ?? []) {
    offset += (4 - (offset % 4)) % 4;
    const bytes = entry.length * BYTES[entry.kind];
    if (!BYTES[entry.kind] || offset + bytes > raw.length) {
      throw new ModelFileError(`${label}: array "${entry.name}" is truncated`);
    }
    const start = raw.byteOffset + offset;
    if (inPlace && start % 4 === 0) {
      arrays.set(entry.name, typedArray(entry.kind, raw.buffer, start, entry.length));
    } else {
      const copy = new ArrayBuffer(bytes);
      new Uint8Array(copy).set(raw.subarray(offset, offset + bytes));
      arrays.set(entry.name, typedArray(entry.kind, copy, 0, entry.length));
    }
    offset += bytes;
  }
  return { meta: header.meta, arrays };
}

/** The arrays of one sparse model, named with a prefix: its weights as 16-bit integers and their step. */
export function sparseArrays(prefix: string, weights: SparseWeights): Array<[string, AnyArray]> {
  return [
    [`${prefix}.offsets`, weights.offsets],
    [`${prefix}.labels`, weights.labels],
    [`${prefix}.values`, weights.quantised],
    [`${prefix}.step`, Float32Array.of(weights.step)],
  ];
}

/** Rebuild a sparse model from its arrays (`shared`: on SharedArrayBuffers, for worker threads). */
export function sparseFrom(
  arrays: Map<string, AnyArray>,
  prefix: string,
  classes: number,
  bits: number,
  label: string,
  shared = false,
): SparseWeights {
  const offsets = arrays.get(`${prefix}.offsets`);
  const labels = arrays.get(`${prefix}.labels`);
  const quantised = arrays.get(`${prefix}.values`);
  const step = arrays.get(`${prefix}.step`);
  if (
    !(offsets instanceof Uint32Array) ||
    !(labels instanceof Uint16Array) ||
    !(quantised instanceof Int16Array) ||
    !(step instanceof Float32Array) ||
    step.length !== 1
  ) {
    throw new ModelFileError(`${label}: model "${prefix}" is missing`);
  }
  try {
    return SparseWeights.fromQuantised(classes, bits, offsets, labels, quantised, step[0]!, shared);
  } catch (error) {
    throw new ModelFileError(`${label}: model "${prefix}": ${(error as Error).message}`);
  }
}
