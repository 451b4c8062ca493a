// npm run bench:bundle-size — first-load JavaScript (gzip) of the phone pages (/m/) and the desktop portal,
// from the Vite manifest of a fresh build (issue 2 §6: phone first load ≤ 250 KB gzip).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { report, round } from './lib.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'apps/web/dist');
if (process.env.BENCH_NO_BUILD !== '1') execSync('npm run build -w @msb/web', { cwd: root, stdio: 'ignore' });
type Chunk = { file: string; imports?: string[]; css?: string[] };
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;

/** The entry plus one lazily loaded app, with every chunk they import statically. */
function closure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return files;
}
const gz = (file: string) => gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const measure = (app: string) => {
  const files = [...closure(['index.html', app])].filter((f) => f.endsWith('.js'));
  return { files, bytes: files.reduce((sum, f) => sum + gz(f), 0) };
};

const mobile = measure('src/modules/mobile/mobile-app.tsx');
const portal = measure('src/modules/portal/portal-app.tsx');
const admin = measure('src/modules/admin/admin-app.tsx');
const loadsAntd = mobile.files.some((f) => /\/antd-(?!mobile)[^/]+\.js$/.test(f));
console.log(`/m/ 首屏 JS：${mobile.files.join(', ')}`);
report({
  bench: 'bundle-size',
  mobileFirstLoadKB: round(mobile.bytes / 1000, 1),
  mobileLoadsDesktopAntd: loadsAntd,
  portalFirstLoadKB: round(portal.bytes / 1000, 1),
  adminFirstLoadKB: round(admin.bytes / 1000, 1),
  targetMobileKB: 250,
  ratioToTarget: round(mobile.bytes / 1000 / 250, 2),
});
