import { describe, expect, it } from 'vitest';
import { tokenize, wrapText } from './text-wrap.ts';

// Every character is 1 wide except ASCII, which is 0.5: close to real CJK/Latin proportions.
const measure = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? 0.5 : 1), 0);

describe('tokenize', () => {
  it.each([
    ['受理条件', ['受', '理', '条', '件']],
    ['提交 ID card 复印件', ['提', '交', ' ', 'ID', ' ', 'card', ' ', '复', '印', '件']],
    ['材料（原件）。', ['材', '料', '（原', '件）。']],
    ['共20个工作日', ['共', '20', '个', '工', '作', '日']],
  ])('%s', (text, tokens) => expect(tokenize(text)).toEqual(tokens));
});

describe('wrapText', () => {
  it.each([
    ['breaks Chinese anywhere', '一二三四五六七', 3, ['一二三', '四五六', '七']],
    ['keeps a Latin word whole', '办理ABCD事项', 3, ['办理', 'ABCD事', '项']],
    ['never starts a line with closing punctuation', '一二三，四五', 3, ['一二', '三，四', '五']],
    ['never ends a line with opening punctuation', '一二「三」四', 3, ['一二', '「三」', '四']],
    ['breaks a word longer than the line', 'https://example.gov.cn', 4, ['https://', 'example.', 'gov.cn']],
    ['drops spaces at line ends', 'aa bb cc dd', 2.5, ['aa bb', 'cc dd']],
    ['keeps explicit newlines and empty lines', '一\n\n二', 5, ['一', '', '二']],
    ['returns one empty line for empty text', '', 5, ['']],
  ])('%s', (_, text, width, lines) => {
    const result = wrapText(text, width, measure);
    expect(result).toEqual(lines);
    for (const line of result) expect(measure(line)).toBeLessThanOrEqual(Math.max(width, 1) + 1);
  });
});
