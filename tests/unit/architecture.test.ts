/**
 * The floor plan holds (issue 19): no import circles anywhere in the extension's code,
 * and the context boundaries of eslint.config.js fire on a planted forbidden import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['utils', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every file's imports of our own files, resolved to paths. */
function importGraph(): Map<string, string[]> {
  const files = SOURCES.flatMap(sourceFiles);
  const known = new Set(files);
  const resolveSpec = (from: string, spec: string): string | undefined => {
    const base = spec.startsWith('@/')
      ? spec.slice(2)
      : spec.startsWith('.')
        ? relative(ROOT, resolve(ROOT, dirname(from), spec))
        : undefined;
    if (base === undefined) return undefined;
    return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((path) => known.has(path));
  };
  return new Map(
    files.map((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const targets = [...text.matchAll(IMPORT)]
        .map((match) => resolveSpec(file, match[1] ?? match[2]!))
        .filter((path) => path !== undefined);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The circles in the graph, each once, as the files around it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Static imports only (`import()` loads later): what a page's first script pulls in before it runs. */
const STATIC_IMPORT = /(?:^|\n)\s*import\s(?!type\b)[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The packages a file's static closure imports, following our own files from `entry`. */
function staticPackages(entry: string): Set<string> {
  const known = new Set(SOURCES.flatMap(sourceFiles));
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = (match[1] ?? match[2])!;
      const base = spec.startsWith('@/')
        ? spec.slice(2)
        : spec.startsWith('.')
          ? relative(ROOT, resolve(ROOT, dirname(file), spec))
          : undefined;
      if (base === undefined) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const path = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((candidate) => known.has(candidate));
      if (path) visit(path);
    }
  };
  visit(entry);
  return packages;
}

describe('the floor plan', () => {
  it('has no import circles (type imports included)', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });

  // The popup's and the people page's first steps draw before the database code is even fetched,
  // and wxt.config.ts bundles what the popup's first step imports into one shared file: neither
  // may import Dexie, zod or the ciphers (they load with the live step, through import()).
  it.each(['entrypoints/popup/main.tsx', 'entrypoints/people/main.tsx'])('%s imports no Dexie, zod or ciphers before it draws', (entry) => {
    const packages = staticPackages(entry);
    expect(packages).toContain('preact');
    expect([...packages].filter((name) => ['dexie', 'zod', '@noble/ciphers', '@noble/hashes'].includes(name))).toEqual([]);
  });

  describe('context boundaries (eslint.config.js)', () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (filePath: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
      return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').length;
    };

    it.each([
      ['utils/content/calendar-page/planted.ts', "import Dexie from 'dexie';"],
      ['utils/content/calendar-page/planted.ts', "import { database } from '@/utils/db/database';"],
      ['utils/content/calendar-page/planted.ts', "import { seal } from '../../crypto/seal';"],
      ['utils/content/calendar-page/planted.ts', "import { h } from 'preact';"],
      ['utils/content/calendar-page/planted.ts', "import { MessageSchema } from '@/utils/protocol/message-schemas';"],
      ['utils/content/calendar-page/planted.ts', "import { i18n } from '#i18n';"],
      ['entrypoints/planted.content.ts', "import { settings } from '@/utils/extension/settings';"],
      ['utils/sites/calendars/planted.ts', "import { z } from 'zod';"],
      ['utils/rules/planted.ts', "import { openingDatabase } from '../db/database';"],
      ['utils/protocol/planted.ts', "import Dexie from 'dexie';"],
      ['utils/db/planted.ts', "import { PopupView } from '@/components/popup/PopupView';"],
      ['utils/background/planted.ts', "import type { PopupViewProps } from '../../components/popup/PopupView';"],
    ])('%s may not: %s', async (file, code) => {
      expect(await lint(file, `${code}\nexport {};\n`)).toBe(1);
    });

    it.each([
      ['utils/content/calendar-page/planted.ts', "import { recognizeOneOnOne } from '@/utils/rules/recognition';"],
      ['utils/content/calendar-page/planted.ts', "import { tellBackground } from '@/utils/protocol/messaging';"],
      ['utils/rules/planted.ts', "import type { Meeting } from '../db/records';"],
      ['utils/db/planted.ts', "import Dexie from 'dexie';"],
      ['components/planted.tsx', "import { openingDatabase } from '@/utils/db/database';"],
    ])('%s may: %s', async (file, code) => {
      expect(await lint(file, `${code}\nexport {};\n`)).toBe(0);
    });
  });
});
