// A tree of plain values (objects, arrays, strings, numbers, booleans, null, undefined) as a few
// typed arrays and two short lists: what a loaded file's findings become between the worker,
// IndexedDB and the page. An archive's findings are hundreds of thousands of small objects whose
// strings repeat (a row's label, a period, a reporter): copied object by object (postMessage,
// IndexedDB) they cost the worker, the browser and the page's collector more than reading the
// files did. Packed, each string and each object's set of keys is written once, and a copy is a
// copy of bytes. The page unpacks a file's findings only when it shows them.
//
// Hand-written (60 lines) because the binary formats with kept libraries (MessagePack, CBOR)
// write a repeated string each time it occurs, which is where these trees' size is.

export interface PackedTree {
  /** Every distinct string, values and keys. */
  strings: string[];
  /** Every distinct list of an object's keys, as indices into `strings`. */
  shapes: number[][];
  /** Numbers that are not small whole numbers. */
  numbers: Float64Array;
  /** The tree, depth first: (payload << 3) | tag. */
  tokens: Uint32Array;
}

// The token's tag (its low three bits).
const STRING = 0;
/** A whole number 0 ≤ n < 2^28, in the payload. */
const SMALL_NUMBER = 1;
const NUMBER = 2;
const ARRAY = 3;
const OBJECT = 4;
/** Payload: 0 undefined, 1 null, 2 false, 3 true. */
const CONSTANT = 5;

const SMALL = 2 ** 28;

export function packTree(value: unknown): PackedTree {
  return new Packer().pack(value);
}

/** A class, not closures made at each call: one per file, and the browser optimises a closure made again anew (validate.ts says more). */
class Packer {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly shapes: number[][] = [];
  private readonly shapeIndex = new Map<string, number>();
  private readonly numbers: number[] = [];
  private readonly tokens: number[] = [];

  pack(value: unknown): PackedTree {
    this.put(value);
    return { strings: this.strings, shapes: this.shapes, numbers: Float64Array.from(this.numbers), tokens: Uint32Array.from(this.tokens) };
  }

  private text(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private put(v: unknown): void {
    const tokens = this.tokens;
    if (typeof v === 'string') tokens.push(this.text(v) * 8 + STRING);
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= 0 && v < SMALL && !Object.is(v, -0)) tokens.push(v * 8 + SMALL_NUMBER);
      else tokens.push((this.numbers.push(v) - 1) * 8 + NUMBER);
    } else if (v === undefined) tokens.push(CONSTANT);
    else if (v === null) tokens.push(8 + CONSTANT);
    else if (typeof v === 'boolean') tokens.push((v ? 3 : 2) * 8 + CONSTANT);
    else if (Array.isArray(v)) {
      tokens.push(v.length * 8 + ARRAY);
      for (const x of v) this.put(x);
    } else if (typeof v === 'object') {
      const keys = Object.keys(v);
      const key = keys.join('\u0000');
      let shape = this.shapeIndex.get(key);
      if (shape === undefined) {
        shape = this.shapes.push(keys.map((k) => this.text(k))) - 1;
        this.shapeIndex.set(key, shape);
      }
      tokens.push(shape * 8 + OBJECT);
      for (const k of keys) this.put((v as Record<string, unknown>)[k]);
    } else throw new TypeError(`packTree: cannot pack a ${typeof v}`);
  }
}

const CONSTANTS = [undefined, null, false, true] as const;

export function unpackTree<T>(packed: PackedTree): T {
  const { strings, shapes, numbers, tokens } = packed;
  let at = 0;
  const take = (): unknown => {
    const token = tokens[at++] as number;
    const payload = Math.floor(token / 8);
    switch (token % 8) {
      case STRING:
        return strings[payload];
      case SMALL_NUMBER:
        return payload;
      case NUMBER:
        return numbers[payload];
      case CONSTANT:
        return CONSTANTS[payload];
      case ARRAY: {
        const out: unknown[] = new Array(payload);
        for (let i = 0; i < payload; i++) out[i] = take();
        return out;
      }
      case OBJECT: {
        const out: Record<string, unknown> = {};
        for (const k of shapes[payload] as number[]) out[strings[k] as string] = take();
        return out;
      }
      default:
        throw new TypeError(`unpackTree: unknown tag ${token % 8}`);
    }
  };
  return take() as T;
}

/** Whether a value kept in storage has the packed shape (an earlier version kept plain lists). */
export const isPackedTree = (v: unknown): v is PackedTree =>
  typeof v === 'object' && v !== null && (v as PackedTree).tokens instanceof Uint32Array && (v as PackedTree).numbers instanceof Float64Array && Array.isArray((v as PackedTree).strings) && Array.isArray((v as PackedTree).shapes);
