// The scorecard as spreadsheet sheets: indicators, items with findings, departments, regions.
import type { Scorecard } from './domain/scorecard-types.ts';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const verdict = (p: boolean | null) => (p === null ? '不适用' : p ? '达标' : '未达标');

type ItemWithFlaw = Scorecard['items'][number] & { demoFlaw?: string | null };

export function scorecardSheets(card: Omit<Scorecard, 'items'> & { items: ItemWithFlaw[] }) {
  return [
    {
      name: '指标',
      header: ['指标序号', '指标', '目标', '当前值', '结论', '说明'],
      rows: card.indicators.map((i) => [
        i.indicator,
        i.name,
        i.target,
        pct(i.value),
        verdict(i.passed),
        i.note,
      ]),
    },
    {
      name: '事项',
      header: ['事项名称', '实施机关', '区划代码', '已发布', '得分', '未达标指标', '问题', '示例缺陷'],
      rows: card.items.map((i) => [
        i.name,
        i.orgName,
        i.regionCode,
        i.published ? '是' : '否',
        i.score,
        i.failedIndicators.join('、'),
        i.findings.map((f) => `${f.field}：${f.message}（${f.fix}）`).join('\n'),
        i.demoFlaw ?? '',
      ]),
    },
    {
      name: '部门',
      header: ['部门', '事项数', '已发布', '平均得分'],
      rows: card.orgs.map((o) => [o.name, o.itemCount, o.publishedCount, o.averageScore ?? '—']),
    },
    {
      name: '区划',
      header: ['区划代码', '事项数', '已发布', '平均得分'],
      rows: card.regions.map((r) => [r.id, r.itemCount, r.publishedCount, r.averageScore ?? '—']),
    },
  ];
}
