// seed 003 三(一)5: 彻底取消不必要的申报材料、“奇葩证明”，消除“XXX等材料”“法律法规规定的其他材料”等
// 模糊性表述和兜底条款. The guide must list every material and condition by name.
import type { Guide } from '@msb/contracts';
import { labelPath } from '@msb/contracts';
import { type Finding, makeFinding } from './finding.ts';

/** Phrases that leave the list open. Overlapping hits are merged, so the longest wording is reported. */
export const VAGUE_PHRASES: readonly string[] = [
  '法律法规规定的其他材料',
  '法律、法规规定的其他材料',
  '法律法规规定的其他',
  '规定的其他材料',
  '规定的其他',
  '其他证明材料',
  '其他必要材料',
  '其他所需材料',
  '其他相关材料',
  '其他有关材料',
  '其他材料',
  '其它材料',
  '其他资料',
  '其他相关',
  '其它相关',
  '相关证明材料',
  '相关证明',
  '有关证明',
  '相关材料',
  '有关材料',
  '相关资料',
  '有关资料',
  '等材料',
  '等资料',
  '等文件',
  '等证明',
  '等证件',
  '等有关',
  '等相关',
  '等其他',
  '等等',
  '……',
  '…',
];

export type VagueMatch = { phrase: string; index: number };

// 中等、高等、同等、平等 … are words, not an open list: "中等职业学校" or "具有同等证明效力" must pass.
const WORDS_ENDING_IN_DENG = new Set([...'中高初同对平相优上特头次均超']);

// "无需提交其他材料" denies the open list instead of opening it.
const NEGATIONS: readonly string[] = [
  '无需',
  '无须',
  '不需',
  '不必',
  '不再',
  '不得',
  '不用',
  '免于',
  '免予',
  '免交',
  '免提交',
  '禁止',
  '不要求',
];

const CLAUSE_BREAK = /[，。；;,.！？!?\n：:]/u;

type Span = { start: number; end: number };

function occurrences(text: string, phrase: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const isWord = phrase.startsWith('等') && before !== undefined && WORDS_ENDING_IN_DENG.has(before);
    if (!isWord) spans.push({ start: at, end: at + phrase.length });
  }
  return spans;
}

function mergeOverlapping(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** True when the clause before `start` negates it ("无需提交其他材料"). */
function isNegated(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from -= 1;
  const clause = text.slice(from, start);
  return NEGATIONS.some((negation) => clause.includes(negation));
}

/** Every vague phrase in the text, left to right; overlapping hits come back as one longer phrase. */
export function findVagueWording(text: string, phrases: readonly string[] = VAGUE_PHRASES): VagueMatch[] {
  const spans = phrases.filter((phrase) => phrase !== '').flatMap((phrase) => occurrences(text, phrase));
  return mergeOverlapping(spans)
    .filter((span) => !isNegated(text, span.start))
    .map((span) => ({ phrase: text.slice(span.start, span.end), index: span.start }));
}

const MATERIAL_FIX = '逐项列明所需材料的名称，删除“等材料”“法律法规规定的其他材料”等模糊性表述和兜底条款';
const CONDITION_FIX = '逐条列明受理条件，删除“法律法规规定的其他条件”等兜底条款';
const SITUATION_FIX = '把情形写成申请人能直接判断的具体选项，不用“其他相关”“等”笼统表述';

function wordingFinding(guide: Guide, field: string, text: string | undefined, fix: string): Finding[] {
  if (text === undefined) return [];
  const matches = findVagueWording(text);
  if (matches.length === 0) return [];
  const quoted = matches.map((match) => `“${match.phrase}”`).join('');
  return [makeFinding(field, `${labelPath(field, guide)}含有模糊性表述${quoted}`, fix)];
}

/** Vague wording in material names and requirements, the acceptance conditions and the situations. */
export function checkGuideWording(guide: Guide): Finding[] {
  const materials = guide.materials.flatMap((material, i) => [
    ...wordingFinding(guide, `materials.${i}.name`, material.name, MATERIAL_FIX),
    ...wordingFinding(guide, `materials.${i}.requirements`, material.requirements, MATERIAL_FIX),
    ...wordingFinding(guide, `materials.${i}.condition`, material.condition, MATERIAL_FIX),
  ]);
  const situations = guide.situations.flatMap((situation, i) => [
    ...wordingFinding(guide, `situations.${i}.question`, situation.question, SITUATION_FIX),
    ...situation.options.flatMap((option, j) =>
      wordingFinding(guide, `situations.${i}.options.${j}.label`, option.label, SITUATION_FIX),
    ),
  ]);
  return [
    ...materials,
    ...wordingFinding(guide, 'conditions', guide.conditions, CONDITION_FIX),
    ...situations,
  ];
}
