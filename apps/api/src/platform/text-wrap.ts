// Line breaking for mixed Chinese/Latin text, by measured width. Pure: the caller passes the measure.
// CJK may break between any two characters; a Latin word or number stays whole unless it alone is
// wider than the line. Simple 禁则 (GB/T 15834 标点): closing punctuation never starts a line and
// opening punctuation never ends one.

/** Width of a string at the size being laid out; must be additive (no kerning across tokens). */
export type Measure = (text: string) => number;

const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕〉”’…%,.;:!?)]}·—']);
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
const WORD_CHAR = /[A-Za-z0-9@#&_\-./:+=~'$%]/;

/** Splits text into the units a line may break between. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const ch of text) {
    if (WORD_CHAR.test(ch) && !(word === '' && NO_LINE_START.has(ch) && tokens.length > 0)) {
      word += ch;
      continue;
    }
    flush();
    tokens.push(ch);
  }
  flush();
  // Attach closing marks to what precedes them and opening marks to what follows.
  const merged: string[] = [];
  let carry = '';
  for (const token of tokens) {
    const last = merged.length - 1;
    if (NO_LINE_START.has(token) && last >= 0 && carry === '') {
      merged[last] = `${merged[last] ?? ''}${token}`;
    } else if (NO_LINE_END.has(token)) {
      carry += token;
    } else {
      merged.push(carry + token);
      carry = '';
    }
  }
  if (carry) merged.push(carry);
  return merged;
}

/** Breaks one unit that is wider than the line into pieces that fit, character by character. */
function breakLongToken(token: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of token) {
    const w = measure(ch);
    if (piece && width + w > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += ch;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps one paragraph (no newlines) into lines no wider than maxWidth. */
function wrapParagraph(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const pushLine = () => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const token of tokenize(text)) {
    if (token === ' ' && line === '') continue;
    const w = measure(token);
    if (width + w <= maxWidth) {
      line += token;
      width += w;
      continue;
    }
    if (token === ' ') {
      pushLine();
      continue;
    }
    if (line) pushLine();
    if (w <= maxWidth) {
      line = token;
      width = w;
      continue;
    }
    const pieces = breakLongToken(token, maxWidth, measure);
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces.at(-1) ?? '';
    width = measure(line);
  }
  if (line || lines.length === 0) pushLine();
  return lines;
}

/** Wraps text into lines; explicit newlines start new lines; always returns at least one line. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, Math.max(maxWidth, 1), measure));
}
