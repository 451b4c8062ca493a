// The Chinese font behind platform/pdf.ts: Noto Sans SC Regular (OFL), loaded once per process, measured
// with its full metrics and subset by harfbuzz (subset-font) to the characters a document uses.
// pdf-lib's own subsetting drops glyphs of Noto Sans SC (stack-notes.md "PDF with Chinese").
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setTimeout as tick } from 'node:timers/promises';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';
import type { Measure } from './text-wrap.ts';

const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

export interface ChineseFont {
  bytes: Buffer;
  metrics: fontkit.Font;
  /** advance widths in em, by code point */
  advance: Map<number, number>;
}
let fontCache: Promise<ChineseFont> | undefined;

/** Loads and parses the full font once per process; a failed load is retried next time. */
export function loadChineseFont(): Promise<ChineseFont> {
  fontCache ??= (async () => {
    const bytes = await readFile(createRequire(import.meta.url).resolve(FONT_FILE));
    return { bytes, metrics: fontkit.create(bytes), advance: new Map<number, number>() };
  })().catch((error: unknown) => {
    fontCache = undefined;
    throw error;
  });
  return fontCache;
}

/** Width of text at `size` points: the sum of advances (pdf-lib draws without kerning either). */
export function measureText(font: ChineseFont, size: number): Measure {
  return (text) => {
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let advance = font.advance.get(cp);
      if (advance === undefined) {
        advance = font.metrics.glyphForCodePoint(cp).advanceWidth / font.metrics.unitsPerEm;
        font.advance.set(cp, advance);
      }
      em += advance;
    }
    return em * size;
  };
}

/** Drops control characters and replaces characters the font lacks with □, so layout and drawing agree. */
export function cleanText(font: ChineseFont, text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, '  ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else out += font.metrics.hasGlyphForCodePoint(cp) ? ch : '□';
  }
  return out;
}

/**
 * A TrueType font holding exactly these characters (plus .notdef), to embed with `subset: false`.
 * GSUB and GPOS are dropped: pdf-lib writes widths and ToUnicode only for glyphs reached through the
 * cmap, but fontkit's layout applies Noto's `locl` substitutions to runs it takes for Latin script
 * (e.g. 91150102MA0…), which then drew digits a full em apart and vanished from copied text.
 */
export function subsetChineseFont(font: ChineseFont, characters: Iterable<string>): Promise<Buffer> {
  return subsetFont(font.bytes, [...new Set(characters)].join(''), {
    targetFormat: 'truetype',
    dropTables: ['GSUB', 'GPOS'],
  });
}

/**
 * Loads the font and runs one tiny subset. The first subset also makes subset-font's WOFF2 helper
 * compile its WebAssembly on a later tick (≈ 0.3 s on the reference machine), which the tick awaited
 * here absorbs instead of the next request.
 */
export async function warmUpFont(): Promise<void> {
  await subsetChineseFont(await loadChineseFont(), '一');
  await tick(0);
}
