// Synonyms of common government-service words. Plain data: catalogue editors extend it by adding a group.
// Each group is a set of equivalent terms: a query containing one term also matches items containing
// any other term of its group (tokenize.ts indexes every term found in an item as a token).
// Adding a term of three or more characters needs a re-index of search_docs; two-character terms are
// already indexed as bigrams.

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['身份证', '居民身份证', '二代证'],
  ['营业执照', '执照'],
  ['户口', '户籍'],
  ['社保', '社会保险'],
  ['医保', '医疗保险'],
  ['公积金', '住房公积金'],
  ['结婚', '婚姻登记'],
  ['出生证', '出生医学证明'],
  ['驾照', '驾驶证'],
  ['行驶证', '机动车行驶证'],
  ['房产证', '不动产权证书', '不动产'],
  ['退休', '养老保险待遇'],
  ['个体户', '个体工商户'],
  ['消防', '消防安全检查'],
  ['餐馆', '餐饮'],
  ['港澳通行证', '往来港澳通行证'],
  ['残疾证', '残疾人证'],
  ['低保', '最低生活保障'],
  ['准生证', '生育服务证', '生育登记'],
  ['居住证', '暂住证'],
  ['食品许可', '食品经营许可'],
];

const GROUPS_BY_TERM: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      const set = map.get(term) ?? new Set<string>();
      for (const other of group) set.add(other);
      map.set(term, set);
    }
  }
  return new Map([...map].map(([term, set]) => [term, [...set]]));
})();

/** Every term in the table, longest first. */
export const SYNONYM_TERMS: readonly string[] = [...GROUPS_BY_TERM.keys()].sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);

/** The term and its synonyms, the term first; just the term when it is not in the table. */
export function expandSynonyms(term: string): string[] {
  const group = GROUPS_BY_TERM.get(term);
  if (!group) return [term];
  return [term, ...group.filter((t) => t !== term)];
}

/** Occurrences of table terms in `text` as [start, end) offsets, overlapping ones included, by position. */
export function findSynonymTerms(text: string): { term: string; start: number; end: number }[] {
  const found: { term: string; start: number; end: number }[] = [];
  for (const term of SYNONYM_TERMS) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      found.push({ term, start: at, end: at + term.length });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end || a.term.localeCompare(b.term));
}
