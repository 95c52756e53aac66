/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLearnCatalog } from './load-learn-catalog.js';

describe('loadLearnCatalog', () => {
  // The gate for content authors: every file in packages/content is valid and the catalog
  // covers the curriculum. `npm run kmm -- content validate` shows the same list.
  it('loads the real content of packages/content without errors', () => {
    const { errors, stats } = loadLearnCatalog();
    expect(errors).toEqual([]);
    expect(stats.scenarios).toBeGreaterThanOrEqual(20);
    expect(stats.questions).toBeGreaterThanOrEqual(80);
  }, 120_000);

  it('reads nested files, names them relative to the content directory, and tolerates missing folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kmm-content-'));
    try {
      mkdirSync(join(dir, 'lessons', 'primary'), { recursive: true });
      writeFileSync(join(dir, 'lessons', 'primary', 'scams.md'), '# no front matter\n');
      const { errors, files, stats } = loadLearnCatalog(dir);
      expect(files).toEqual([join(dir, 'lessons', 'primary', 'scams.md')]);
      expect(stats).toEqual({ scenarios: 0, quizzes: 0, questions: 0, lessons: 0 });
      expect(errors[0]).toEqual({ file: 'lessons/primary/scams.md', line: 1, message: expect.stringMatching(/YAML front matter/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
