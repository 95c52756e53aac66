/** Options for {@link extractPhones} and {@link checkPhone}. */
export interface PhoneCheckOptions {
  /**
   * Numbers confirmed as scams (the indicators built from reports), in any common writing
   * (`0912 345 678`, `+84912345678`, `1900 1234`). Default: none.
   */
  reported?: Iterable<string>;
}
