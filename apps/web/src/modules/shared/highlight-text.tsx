// The matched parts of a search hit's name in <mark>, built as React text nodes (never innerHTML).
import './shared.css';

type Part = { text: string; marked: boolean };

/** Splits `text` at the [start, end) ranges, clamped, sorted and merged. */
export function splitHighlights(text: string, ranges: readonly (readonly number[])[]): Part[] {
  const spans = ranges
    .map(([start = 0, end = 0]) => [
      Math.max(0, Math.min(start, text.length)),
      Math.max(0, Math.min(end, text.length)),
    ])
    .filter(([start = 0, end = 0]) => end > start)
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const parts: Part[] = [];
  let at = 0;
  for (const [start = 0, end = 0] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

export function HighlightText({ text, ranges }: { text: string; ranges: readonly (readonly number[])[] }) {
  const parts = splitHighlights(text, ranges);
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <mark key={index} className="msb-mark">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
