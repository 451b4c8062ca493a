import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChineseDocument, warmUpPdf } from './pdf.ts';
import { inspectPdf, readPdfText } from './pdf-inspect.testkit.ts';

beforeAll(() => warmUpPdf(), 30_000);

describe('createChineseDocument', () => {
  it('draws Chinese, Latin and digits with a font subset to exactly what is used', async () => {
    const w = await createChineseDocument({ title: '回执' });
    w.title('受理回执');
    w.paragraph('统一社会信用代码 91150102MA0XXXXXXX，办件编号 2026-000123。');
    const bytes = await w.save();

    const [text] = await readPdfText(bytes);
    expect(text).toContain('受理回执');
    // a run pdf-lib's layout takes for Latin script must keep its digits (no locl substitutions)
    expect(text).toContain('91150102MA0XXXXXXX');
    expect(text).toContain('第 1 页 共 1 页');

    const { fontFiles, imageCount } = await inspectPdf(bytes);
    expect(imageCount).toBe(0);
    expect(fontFiles).toHaveLength(1);
    const font = fontkit.create(fontFiles[0] ?? new Uint8Array());
    const used = new Set('受理回执统一社会信用代码91150102MA0XXXXXXX，办件编号2026-000123。第页共 ');
    // .notdef plus one glyph per distinct character, nothing from the 30,000 others
    expect(font.numGlyphs).toBe(used.size + 1);
    for (const ch of used) expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).toBe(true);
    expect(bytes.length).toBeLessThan(20_000);
  });

  it('breaks a long table across pages, repeating its header and numbering the pages', async () => {
    const w = await createChineseDocument({ footerNote: '示例数据，仅供演示' });
    w.table(
      [
        { header: '序号', width: 1, align: 'center' },
        { header: '材料名称', width: 5 },
      ],
      Array.from({ length: 80 }, (_, i) => [
        String(i + 1),
        `第${i + 1}项材料：身份证明、营业执照及法定代表人授权委托书`,
      ]),
    );
    w.paragraph('表后文字'.repeat(200));
    await w.qrCode('https://msb.example.gov.cn/g/abc', { caption: '扫码查看' });
    const bytes = await w.save();

    const pages = await readPdfText(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(w.pageCount).toBe(pages.length);
    pages.forEach((page, i) => {
      expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`);
      expect(page).toContain('示例数据，仅供演示');
    });
    expect(pages[1]).toMatch(/^序号\s*材料名称/); // the header starts the next page again
    expect(pages.join('')).toContain('第80项材料');
    expect((await inspectPdf(bytes)).imageCount).toBe(1);
  });

  it('splits a single row taller than a page instead of overflowing', async () => {
    const w = await createChineseDocument();
    w.table([{ header: '说明', width: 1 }], [['很长的说明。'.repeat(900)]]);
    const bytes = await w.save();
    const pages = await readPdfText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join('').split('很长的说明。').length - 1).toBe(900);
  });

  it('renders a one-page notice fast once warm', async () => {
    const started = performance.now();
    const w = await createChineseDocument();
    w.title('「测试事项」一次性告知单');
    await w.qrCode('https://msb.example.gov.cn/g/x', { float: true });
    w.keyValues([
      ['实施机关', '呼和浩特市政务服务局'],
      ['法定办结时限', '20 个工作日'],
    ]);
    w.table(
      [
        { header: '序号', width: 1 },
        { header: '材料名称', width: 4 },
      ],
      Array.from({ length: 12 }, (_, i) => [String(i + 1), `申请材料${i + 1}`]),
    );
    await w.save();
    // ~30–60 ms on the reference machine; the bound leaves room for a loaded CI runner
    expect(performance.now() - started).toBeLessThan(300);
  });
});
