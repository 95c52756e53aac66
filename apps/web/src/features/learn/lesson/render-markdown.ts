import { marked } from 'marked';

/**
 * Lesson Markdown to HTML. Lessons are our own content, reviewed in the repository and
 * bundled at build time, so their HTML is trusted (no user input ever reaches here).
 */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}
