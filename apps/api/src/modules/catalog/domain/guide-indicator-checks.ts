// The per-guide indicators of seed 002 附件 (指南准确度, 指标12–24), each with the check that answers it.
// Used both to block publishing (guide-completeness.ts) and to score the catalogue (scorecard.ts).
import type { Guide } from '@msb/contracts';
import type { Finding } from './finding.ts';
import {
  checkConsultPhone,
  checkHours,
  checkIntermediariesAndSpecialProcedures,
  checkLegalLimit,
  checkLocation,
  checkPromisedLimit,
} from './guide-basic-checks.ts';
import {
  checkBlankForms,
  checkMaterialCounts,
  checkMaterialIssuers,
  checkMaterialMedia,
  checkSampleForms,
} from './guide-material-checks.ts';
import { checkSteps, checkVisits } from './guide-process-checks.ts';

export type GuideIndicator = {
  indicator: number;
  /** 三级指标 */
  name: string;
  /** 重点任务, shortened */
  target: string;
  check: (guide: Guide) => Finding[];
};

export const GUIDE_INDICATORS: readonly GuideIndicator[] = [
  {
    indicator: 12,
    name: '法定办结时限',
    target: '准确标注法定期限，明确工作日或自然日',
    check: checkLegalLimit,
  },
  {
    indicator: 13,
    name: '承诺办结时限',
    target: '准确标注承诺期限，明确工作日或自然日',
    check: checkPromisedLimit,
  },
  { indicator: 14, name: '办理地点', target: '明确街道名称、门牌号、房间号、窗口号', check: checkLocation },
  { indicator: 15, name: '办理时间', target: '明确标注受理的时间周期', check: checkHours },
  { indicator: 16, name: '咨询方式', target: '明确标注受理部门的联系电话', check: checkConsultPhone },
  {
    indicator: 17,
    name: '中介机构或特殊环节',
    target: '中介服务和特殊环节逐项标注并提供设定依据',
    check: checkIntermediariesAndSpecialProcedures,
  },
  {
    indicator: 18,
    name: '材料来源或出具单位',
    target: '每项材料注明来源或出具单位',
    check: checkMaterialIssuers,
  },
  { indicator: 19, name: '数量要求', target: '每项材料注明份数', check: checkMaterialCounts },
  {
    indicator: 20,
    name: '类型和形式',
    target: '每项材料注明纸质、电子或纸质和电子',
    check: checkMaterialMedia,
  },
  {
    indicator: 21,
    name: '流程内容详实性',
    target: '每个环节写明办理人员、时限、审批标准和办理结果',
    check: checkSteps,
  },
  { indicator: 22, name: '到办事现场次数', target: '明确标注到现场次数，与办理深度一致', check: checkVisits },
  {
    indicator: 23,
    name: '空表下载服务',
    target: '需填写的表格 100% 提供空白电子表格',
    check: checkBlankForms,
  },
  {
    indicator: 24,
    name: '样表下载服务',
    target: '需填写的表格 100% 提供示范性电子样表',
    check: checkSampleForms,
  },
];

/** Findings of all per-guide indicators 12–24, in indicator order. */
export function checkGuideIndicators(guide: Guide): Finding[] {
  return GUIDE_INDICATORS.flatMap((rule) => rule.check(guide));
}
