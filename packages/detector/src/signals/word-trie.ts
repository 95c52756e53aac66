/**
 * A character trie of words, each tagged with the patterns that can start with it. Walking
 * every word of a text through it tells which patterns are worth running, without building
 * any string.
 */
export class WordTrie {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly tags: number[][] = [[]];

  /** Tags `word` (and every text word it is a prefix of) with pattern `tag`. */
  add(word: string, tag: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = this.children[node]?.get(c);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.tags.push([]);
        this.children[node]?.set(c, next);
      }
      node = next;
    }
    const tags = this.tags[node];
    if (tags !== undefined && !tags.includes(tag)) tags.push(tag);
  }

  /** Sets `active[tag] = 1` for every tag of a prefix of every word of the folded text. */
  mark(folded: string, active: Uint8Array): void {
    let node = 0;
    let alive = true;
    for (let i = 0; i <= folded.length; i++) {
      const c = i === folded.length ? 32 : folded.charCodeAt(i);
      if (c === 32) {
        node = 0;
        alive = true;
        continue;
      }
      if (!alive) continue;
      const next = this.children[node]?.get(c);
      if (next === undefined) {
        alive = false;
        continue;
      }
      node = next;
      for (const tag of this.tags[node] ?? []) active[tag] = 1;
    }
  }
}
