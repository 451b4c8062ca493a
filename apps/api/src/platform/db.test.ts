import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { regions } from '../modules/regions/regions.tables.ts';
import { openDatabase } from './db.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-lock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('embedded database folder', () => {
  it('refuses a second opener of the same DATA_DIR with a clear Chinese message, and frees it on close', async () => {
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/已被另一个平台进程占用/);
    await first.db.execute(sql`select 1`);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    // the migrations were applied by the first opener and are found again
    const [row] = await again.db.select({ n: sql<number>`count(*)::int` }).from(regions);
    expect(row?.n).toBe(0);
    await again.close();
  }, 60_000);
});
