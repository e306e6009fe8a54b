import type { Plugin } from 'vite';

/** The one file of read-excel-file (9.3.17, the newest on the registry) this plugin rewrites. */
export const PARSE_XML_FILE = 'read-excel-file/modules/xml/parseXml.js';

/**
 * Two edits to read-excel-file's chunked XML parser, which reads a sheet's XML in chunks and adapts the next
 * chunk's size to how long the last one took. Its loop calls itself once per chunk, and it halves the
 * chunk whenever one takes more than 7 ms. On a loaded machine every chunk is slow, so the chunks shrink
 * towards nothing and the recursion overflows the stack: a valid 300,000-row workbook was refused in CI
 * with "Maximum call stack size exceeded".
 * - The loop becomes a `while`, so its depth no longer depends on the number of chunks.
 * - A chunk never shrinks below the initial 64 KB, so a slow machine reads no more chunks than a fast one
 *   starts with. The library keeps every finished row by concatenation once per chunk, so the number of
 *   chunks multiplies the work.
 * Nothing else changes: the same parser, callbacks and results.
 */
const EDITS: readonly { find: string; replace: string }[] = [
  {
    find: '        } else {\n          loop();\n        }',
    replace: '        } else {\n          while (parseNextChunk());\n        }',
  },
  {
    find: '          chunkSize /= 2;',
    replace: '          chunkSize = Math.max(chunkSize / 2, INITIAL_CHUNK_SIZE);',
  },
];

/** The library's parseXml.js with the edits made; throws if its code no longer reads as expected. */
export function patchParseXml(code: string): string {
  return EDITS.reduce((patched, { find, replace }) => {
    const count = patched.split(find).length - 1;
    if (count !== 1)
      throw new Error(
        `${PARSE_XML_FILE}: expected the code ${JSON.stringify(find)} once, found it ${count} times. ` +
          'read-excel-file has changed: check whether its chunk loop still recurses, then update or drop ' +
          'scripts/vite-plugin-read-excel-file.ts.',
      );
    return patched.replace(find, replace);
  }, code);
}

/**
 * Applies `patchParseXml` wherever the library is bundled or run: the page, the workbook worker (Vite
 * builds workers with their own plugin list) and Vitest (which must inline the library to transform it).
 * A build that bundles the library without passing its parseXml.js through here fails, so a change in how
 * the library is laid out cannot quietly ship the unpatched loop.
 */
export function readExcelFilePlugin(): Plugin {
  let building = false;
  let bundled = false;
  let patched = false;
  return {
    name: 'pantau-read-excel-file',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      if (path.includes('/node_modules/read-excel-file/')) bundled = true;
      if (!path.endsWith(`/node_modules/${PARSE_XML_FILE}`)) return null;
      patched = true;
      return { code: patchParseXml(code), map: null };
    },
    buildEnd(error) {
      if (building && !error && bundled && !patched)
        this.error(`read-excel-file was bundled without its ${PARSE_XML_FILE}, so its chunk loop was not patched`);
    },
  };
}
