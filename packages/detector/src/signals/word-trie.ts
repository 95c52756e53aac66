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

/**
 * A character trie of phrases (a word, or two words), each tagged with the rules (and which of
 * their patterns) that can start with it. One walk from every word start of a folded text
 * lists, per rule, the word starts where it may match and the patterns worth trying there,
 * so a pattern is tried only at the few places it could begin instead of being run over the
 * whole text.
 *
 * Build with {@link add}, then call {@link candidates}; the trie is frozen into typed arrays on
 * first use (transitions `[node * 37 + symbol]`, 0 meaning none since the root is no child).
 */
export class WordTrie {
  private readonly building: { children: Map<number, number>; tags: Map<number, number> }[] = [
    { children: new Map(), tags: new Map() },
  ];
  private next = new Int32Array(0);
  private tagStart = new Int32Array(0);
  /** Per node, from `tagStart`: `[tag, patternMask]` pairs. */
  private tagList = new Int32Array(0);
  /** Per tag: the candidate positions of the current text, their pattern masks, and how many there are. */
  private positions: Int32Array[] = [];
  private masks: Int32Array[] = [];
  private counts = new Int32Array(0);

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
    this.next = new Int32Array(0);
  }

  private freeze(): void {
    const nodes = this.building;
    this.next = new Int32Array(nodes.length * SYMBOLS);
    this.tagStart = new Int32Array(nodes.length + 1);
    const flat: number[] = [];
    let maxTag = -1;
    nodes.forEach((node, i) => {
      for (const [s, child] of node.children) this.next[i * SYMBOLS + s] = child;
      this.tagStart[i] = flat.length;
      for (const [tag, mask] of node.tags) {
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
    for (let t = 0; t < positions.length; t++) {
      if ((positions[t]?.length ?? 0) <= KEEP_POSITIONS) continue;
      positions[t] = new Int32Array(16);
      masks[t] = new Int32Array(16);
    }
    const n = folded.length;
    let i = 0;
    while (i < n) {
      // `i` is at the start of a word.
      let node = 0;
      for (let k = i; k < n; k++) {
        const s = symbolOf(folded.charCodeAt(k));
        node = s < 0 ? 0 : (next[node * SYMBOLS + s] ?? 0);
        if (node === 0) break;
        for (let t = tagStart[node] ?? 0, end = tagStart[node + 1] ?? 0; t < end; t += 2) {
          this.push(tagList[t] ?? 0, tagList[t + 1] ?? 0, i);
        }
      }
      const space = folded.indexOf(' ', i);
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
