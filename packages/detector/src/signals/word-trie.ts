/** Folded text holds only `a-z`, `0-9` and spaces: 37 symbols per trie node. */
const SYMBOLS = 37;
const SPACE = 32;
/** Candidate lists longer than this are dropped before the next text rather than kept around. */
const KEEP_POSITIONS = 4096;

function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  if (code === SPACE) return 36;
  return -1;
}

/** {@link symbolOf} of every ASCII code, looked up in the walk over a text. */
const SYMBOL_OF = Int8Array.from({ length: 128 }, (_, code) => symbolOf(code));

/**
 * A character trie of phrases (a word, or two words), each tagged with the rules (and which of
 * their patterns) that can start with it. One walk from every word start of a folded text
 * lists, per rule, the word starts where it may match and the patterns worth trying there,
 * so a pattern is tried only at the few places it could begin instead of being run over the
 * whole text.
 *
 * Build with {@link add}, then call {@link candidates}; the trie is frozen into typed arrays on
 * first use (transitions `[node * 37 + symbol]`, 0 meaning none since the root is no child).
 * Frozen nodes are numbered breadth first and transitions take 16 bits: the rows near the
 * root, which every walk reads, lie together, and the table of ten thousand nodes takes
 * 0.7 MB instead of 1.5 MB, so more of it stays in the CPU cache.
 */
export class WordTrie {
  private readonly building: { children: Map<number, number>; tags: Map<number, number> }[] = [
    { children: new Map(), tags: new Map() },
  ];
  private next = new Uint16Array(0);
  private tagStart = new Int32Array(0);
  /** Per node, from `tagStart`: `[tag, patternMask]` pairs. */
  private tagList = new Int32Array(0);
  /** Per tag: the candidate positions of the current text, their pattern masks, and how many there are. */
  private positions: Int32Array[] = [];
  private masks: Int32Array[] = [];
  private counts = new Int32Array(0);
  /** Some list grew past {@link KEEP_POSITIONS} in the last text. */
  private grewLarge = false;

  /**
   * Tags `phrase` (and every text it is a prefix of) with rule `tag` and its pattern number
   * `pattern` (0–30).
   */
  add(phrase: string, tag: number, pattern: number): void {
    if (pattern < 0 || pattern > 30) throw new Error(`word-trie: pattern number ${pattern} out of range`);
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const s = symbolOf(phrase.charCodeAt(i));
      if (s < 0) throw new Error(`word-trie: "${phrase}" is not folded text`);
      const at = this.building[node];
      let child = at?.children.get(s);
      if (child === undefined) {
        child = this.building.length;
        this.building.push({ children: new Map(), tags: new Map() });
        at?.children.set(s, child);
      }
      node = child;
    }
    const tags = this.building[node]?.tags;
    tags?.set(tag, (tags.get(tag) ?? 0) | (1 << pattern));
    this.next = new Uint16Array(0);
  }

  private freeze(): void {
    const nodes = this.building;
    if (nodes.length > 0xffff) throw new Error('word-trie: too many nodes for 16-bit transitions');
    // Breadth-first numbering: `order[k]` is the building node that becomes frozen node k.
    const order = [0];
    this.next = new Uint16Array(nodes.length * SYMBOLS);
    for (let k = 0; k < order.length; k++) {
      for (const [s, child] of nodes[order[k] ?? 0]?.children ?? []) {
        this.next[k * SYMBOLS + s] = order.length;
        order.push(child);
      }
    }
    this.tagStart = new Int32Array(nodes.length + 1);
    const flat: number[] = [];
    let maxTag = -1;
    order.forEach((built, k) => {
      this.tagStart[k] = flat.length;
      for (const [tag, mask] of nodes[built]?.tags ?? []) {
        flat.push(tag, mask);
        maxTag = Math.max(maxTag, tag);
      }
    });
    this.tagStart[nodes.length] = flat.length;
    this.tagList = Int32Array.from(flat);
    this.counts = new Int32Array(maxTag + 1);
    this.positions = Array.from({ length: maxTag + 1 }, () => new Int32Array(16));
    this.masks = Array.from({ length: maxTag + 1 }, () => new Int32Array(16));
  }

  /**
   * Lists, for every tag, the word starts of `folded` (ascending, each once) where a phrase of
   * that tag begins, each with the mask of the patterns that begin so. Read them with
   * {@link count}, {@link at} and {@link patterns} until the next call.
   * Linear: from each word start the walk is at most as long as the longest phrase.
   */
  candidates(folded: string): void {
    if (this.next.length === 0) this.freeze();
    const { next, tagStart, tagList, counts, positions, masks } = this;
    counts.fill(0);
    // Lists grown by a huge text are not kept for the small ones that follow.
    if (this.grewLarge) {
      this.grewLarge = false;
      for (let t = 0; t < positions.length; t++) {
        if ((positions[t]?.length ?? 0) <= KEEP_POSITIONS) continue;
        positions[t] = new Int32Array(16);
        masks[t] = new Int32Array(16);
      }
    }
    const n = folded.length;
    let i = 0;
    while (i < n) {
      // `i` is at the start of a word.
      let node = 0;
      // The walk may read past the end of the word (two-word phrases): where that end is.
      let space = -1;
      let k = i;
      for (; k < n; k++) {
        const c = folded.charCodeAt(k);
        const s = c < 128 ? (SYMBOL_OF[c] ?? -1) : -1;
        if (s < 0) break;
        if (c === SPACE && space < 0) space = k;
        node = next[node * SYMBOLS + s] ?? 0;
        if (node === 0) break;
        for (let t = tagStart[node] ?? 0, end = tagStart[node + 1] ?? 0; t < end; t += 2) {
          this.push(tagList[t] ?? 0, tagList[t + 1] ?? 0, i);
        }
      }
      if (space < 0) space = folded.indexOf(' ', k);
      i = space < 0 ? n : space + 1;
    }
  }

  private push(tag: number, mask: number, position: number): void {
    const count = this.counts[tag] ?? 0;
    let list = this.positions[tag] ?? new Int32Array(16);
    let patterns = this.masks[tag] ?? new Int32Array(16);
    // A word start reached by two phrases of one tag ("tu", "tu xung") is one candidate.
    if (count > 0 && list[count - 1] === position) {
      patterns[count - 1] = (patterns[count - 1] ?? 0) | mask;
      return;
    }
    if (count === list.length) {
      list = grow(list);
      patterns = grow(patterns);
      if (list.length > KEEP_POSITIONS) this.grewLarge = true;
      this.positions[tag] = list;
      this.masks[tag] = patterns;
    }
    list[count] = position;
    patterns[count] = mask;
    this.counts[tag] = count + 1;
  }

  /** How many candidate positions `tag` has in the last text given to {@link candidates}. */
  count(tag: number): number {
    return this.counts[tag] ?? 0;
  }

  /** The `index`-th candidate position of `tag`. */
  at(tag: number, index: number): number {
    return this.positions[tag]?.[index] ?? 0;
  }

  /** The patterns of `tag` that may begin at its `index`-th candidate position (bit `k` = pattern `k`). */
  patterns(tag: number, index: number): number {
    return this.masks[tag]?.[index] ?? 0;
  }
}

function grow(list: Int32Array): Int32Array {
  const grown = new Int32Array(list.length * 2);
  grown.set(list);
  return grown;
}
