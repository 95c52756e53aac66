/** Rows per page of the campaign lists (schools, experts, influencers, posts). */
export const LIST_PAGE_SIZE = 25;

/** Where a page sits in a list: the rows it shows (1-based), its number, and its neighbours' offsets. */
export interface PagePosition {
  /** First row shown, 1-based; 0 when the list is empty. */
  from: number;
  /** Last row shown. */
  to: number;
  page: number;
  pages: number;
  /** Offset of the previous page, or null on the first. */
  previous: number | null;
  /** Offset of the next page, or null on the last. */
  next: number | null;
}

/** The position of the page at `offset` in a list of `total` rows, `limit` rows a page. */
export function pagePosition(offset: number, limit: number, total: number): PagePosition {
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  const start = (page - 1) * limit;
  return {
    from: total === 0 ? 0 : start + 1,
    to: Math.min(total, start + limit),
    page,
    pages,
    previous: page > 1 ? start - limit : null,
    next: page < pages ? start + limit : null,
  };
}
