/**
 * A growable run of folded characters, each remembering the range of the original text it came
 * from. Typed arrays, reused from call to call, keep the normaliser allocation-light.
 */
export class CharBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  /** Empties the buffer for reuse, growing it to hold at least `capacity` characters. */
  reset(capacity: number): this {
    this.length = 0;
    if (this.codes.length < capacity) {
      const size = Math.max(capacity, this.codes.length * 2);
      this.codes = new Uint16Array(size);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
    }
    return this;
  }

  /** Gives memory back after a huge text: a buffer above `capacity` starts small again. */
  shrink(capacity: number): void {
    if (this.codes.length <= capacity) return;
    this.codes = new Uint16Array(16);
    this.starts = new Int32Array(16);
    this.ends = new Int32Array(16);
    this.length = 0;
  }

  /** The code of the last character, or -1 when empty. */
  lastCode(): number {
    return this.length === 0 ? -1 : (this.codes[this.length - 1] ?? -1);
  }

  /** Stretches the last character over more of the original (a dropped mark, a merged letter). */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}
