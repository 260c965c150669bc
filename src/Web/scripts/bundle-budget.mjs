// Fails the build when the JavaScript a first visit downloads (the entry script and the modules it preloads, as listed
// in dist/index.html) exceeds the budget once gzipped. Route chunks load later and are not counted.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const budgetKb = 250;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const sizes = scripts.map((file) => ({ file, gzipped: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
const totalKb = sizes.reduce((sum, s) => sum + s.gzipped, 0) / 1024;
// What the host actually sends to a browser accepting Brotli (precompress.mjs wrote it).
const brotliKb = scripts.reduce((sum, file) => sum + (existsSync(join(dist, `${file}.br`)) ? statSync(join(dist, `${file}.br`)).size : 0), 0) / 1024;
for (const { file, gzipped } of sizes) console.log(`  ${file}: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
console.log(`Initial JavaScript: ${totalKb.toFixed(1)} KB gzipped, ${brotliKb.toFixed(1)} KB as sent with Brotli (budget ${budgetKb} KB gzipped).`);
if (scripts.length === 0 || totalKb > budgetKb) {
  console.error(scripts.length === 0 ? 'No script found in dist/index.html.' : 'Over budget: split a route or drop a dependency.');
  process.exit(1);
}
