/** Options for {@link extractLinks} and {@link checkUrl}. */
export interface LinkCheckOptions {
  /**
   * Links, hosts or domains confirmed as scams (the indicators built from reports). A host
   * matches an entry equal to it or to one of its parent domains; an entry with a path
   * matches links that start with it. Scheme and `www.` are ignored. Default: none.
   */
  reported?: Iterable<string>;
}
