import { upsertPosts } from '../social/social-repository.js';
import { normalizeHashtag, type PostInput } from '../social/social-schemas.js';
import { countCell, dateCell, remembered, requiredText, type CellResult } from './cell-parsers.js';
import { collect, type ImportKind } from './import-kind.js';

type Column = 'url' | 'platform' | 'author' | 'hashtags' | 'views' | 'likes' | 'shares' | 'comments' | 'date';

function urlCell(text: string): CellResult<string> {
  if (!text) return { ok: false, message: 'Chưa ghi đường dẫn bài đăng.' };
  try {
    const url = new URL(text);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && text.length <= 500) return { ok: true, value: url.href };
  } catch {
    // Falls through to the message below.
  }
  return { ok: false, message: `"${text}" không phải là đường dẫn http(s) hợp lệ.` };
}

const hashtagsCell = remembered(
  (text): CellResult<string[]> => ({ ok: true, value: [...new Set(text.split(/[\s,;]+/).map(normalizeHashtag).filter(Boolean))].slice(0, 30) }),
);

const postedAtCell = remembered(dateCell);

/** Social posts by URL: `Đường dẫn, Nền tảng, Tác giả, Hashtag, Lượt xem, Lượt thích, Chia sẻ, Bình luận, Ngày đăng`. */
export const postImport: ImportKind<Column, PostInput> = {
  columns: [
    { key: 'url', label: 'Đường dẫn', aliases: ['duong dan', 'url', 'link'], required: true },
    { key: 'platform', label: 'Nền tảng', aliases: ['nen tang', 'platform'], required: true },
    { key: 'author', label: 'Tác giả', aliases: ['tac gia', 'tai khoan', 'author'], required: true },
    { key: 'hashtags', label: 'Hashtag', aliases: ['hashtag', 'hashtags', 'the'], required: false },
    { key: 'views', label: 'Lượt xem', aliases: ['luot xem', 'views'], required: false },
    { key: 'likes', label: 'Lượt thích', aliases: ['luot thich', 'likes'], required: false },
    { key: 'shares', label: 'Chia sẻ', aliases: ['chia se', 'luot chia se', 'shares'], required: false },
    { key: 'comments', label: 'Bình luận', aliases: ['binh luan', 'comments'], required: false },
    { key: 'date', label: 'Ngày đăng', aliases: ['ngay dang', 'ngay', 'date', 'posted at'], required: true },
  ],
  parse: (cells) =>
    collect<Column, PostInput>({
      url: ['url', urlCell(cells.url)],
      platform: ['platform', requiredText(cells.platform, 40)],
      author: ['author', requiredText(cells.author, 200)],
      hashtags: ['hashtags', hashtagsCell(cells.hashtags)],
      views: ['views', countCell(cells.views)],
      likes: ['likes', countCell(cells.likes)],
      shares: ['shares', countCell(cells.shares)],
      comments: ['comments', countCell(cells.comments)],
      postedAt: ['date', postedAtCell(cells.date)],
    }),
  key: (p) => p.url,
  write: upsertPosts,
  // One bound value per column whatever the rows (see selectRows): batches are as large as a quarter of a second of work.
  batchRows: 2500,
};
