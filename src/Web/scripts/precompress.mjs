// Writes a Brotli (.br) and a gzip (.gz) copy of each built script and stylesheet at the highest levels, once per
// build; the host sends them to browsers that accept them (smaller than compressing each answer on the fly).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const assets = new URL('../dist/assets/', import.meta.url).pathname;
for (const name of readdirSync(assets).filter((n) => /\.(js|css)$/.test(n))) {
  const file = join(assets, name);
  const content = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  }));
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
}
