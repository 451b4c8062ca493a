// What changed between two guide versions, for the reviewer (发布审核) and the version history. Materials
// and situations are matched by their `id`, so moving a row is one "order changed" entry instead of a
// change in every row below it.
import type { Guide } from '@msb/contracts';
import { labelPath } from '@msb/contracts';
import diff, { type Difference } from 'microdiff';

export type GuideChange = {
  /** dotted path; rows of keyed arrays are named by id: `materials[business-licence].issuer` */
  path: string;
  label: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
};

const KEYED_ARRAYS = ['materials', 'situations'] as const;
type KeyedArray = (typeof KEYED_ARRAYS)[number];

const idsOf = (guide: Guide, key: KeyedArray): string[] => guide[key].map((row) => row.id);

const isUnique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/** The guide with keyed arrays turned into objects by id (only where both versions have unique ids). */
function keyedView(guide: Guide, keyed: readonly KeyedArray[]): Record<string, unknown> {
  const view: Record<string, unknown> = { ...guide };
  for (const key of keyed) view[key] = Object.fromEntries(guide[key].map((row) => [row.id, row]));
  return view;
}

function formatPath(segments: readonly (string | number)[], keyed: readonly KeyedArray[]): string {
  const [head, id, ...rest] = segments.map(String);
  if (head === undefined) return '';
  if (id !== undefined && keyed.some((key) => key === head)) return [`${head}[${id}]`, ...rest].join('.');
  return segments.map(String).join('.');
}

/** The label path with ids turned back into positions in `guide`, so labels read "第3项「营业执照」". */
function labelFor(
  segments: readonly (string | number)[],
  keyed: readonly KeyedArray[],
  guide: Guide,
): string {
  const [head, id, ...rest] = segments.map(String);
  const key = keyed.find((k) => k === head);
  if (key === undefined || id === undefined) return labelPath(segments.join('.'), guide);
  const position = idsOf(guide, key).indexOf(id);
  return labelPath([key, String(position), ...rest].join('.'), guide);
}

function orderChanges(before: Guide, after: Guide, keyed: readonly KeyedArray[]): GuideChange[] {
  return keyed.flatMap((key) => {
    const afterIds = new Set(idsOf(after, key));
    const beforeIds = new Set(idsOf(before, key));
    const kept = idsOf(before, key).filter((id) => afterIds.has(id));
    const keptAfter = idsOf(after, key).filter((id) => beforeIds.has(id));
    if (kept.join('\n') === keptAfter.join('\n')) return [];
    return [
      {
        path: key,
        label: `${labelPath(key)}·顺序`,
        kind: 'changed' as const,
        before: kept,
        after: keptAfter,
      },
    ];
  });
}

function toChange(
  difference: Difference,
  keyed: readonly KeyedArray[],
  before: Guide,
  after: Guide,
): GuideChange {
  const path = formatPath(difference.path, keyed);
  switch (difference.type) {
    case 'CREATE':
      return { path, label: labelFor(difference.path, keyed, after), kind: 'added', after: difference.value };
    case 'REMOVE':
      return {
        path,
        label: labelFor(difference.path, keyed, before),
        kind: 'removed',
        before: difference.oldValue,
      };
    case 'CHANGE':
      return {
        path,
        label: labelFor(difference.path, keyed, after),
        kind: 'changed',
        before: difference.oldValue,
        after: difference.value,
      };
  }
}

/** Every added, removed and changed element, with its Chinese label. */
export function diffGuides(before: Guide, after: Guide): GuideChange[] {
  const keyed = KEYED_ARRAYS.filter((key) => isUnique(idsOf(before, key)) && isUnique(idsOf(after, key)));
  const changes = diff(keyedView(before, keyed), keyedView(after, keyed)).map((difference) =>
    toChange(difference, keyed, before, after),
  );
  return [...changes, ...orderChanges(before, after, keyed)];
}
