import { isNode, LineCounter, parseDocument } from 'yaml';

/** Finds the line of a value in a document, given the path a schema reports for it. */
export type PathLocator = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Parses `text` (YAML, or JSON, which YAML reads too) once for positions, so that schema
 * issues can point at a line. A path that does not exist (a missing field) points at its
 * closest existing parent. Lines are 1-based and shifted by `firstLine - 1`, for text cut out
 * of a bigger file (front matter starts on line 2, after `---`).
 */
export function createPathLocator(text: string, firstLine = 1): PathLocator {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return (path) => {
    const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
    for (let depth = keys.length; depth >= 0; depth -= 1) {
      const node: unknown = depth === 0 ? document.contents : document.getIn(keys.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
}
