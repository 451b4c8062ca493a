// seed 002 附件 指标21 (流程内容详实性) and 22 (到办事现场次数).
import type { Guide, MaturityLevel, ProcessStep } from '@msb/contracts';
import { formatTimeLimit, labelOf, labelPath, MATURITY_LABELS } from '@msb/contracts';
import { type Finding, makeFinding } from './finding.ts';
import { isBlankOrPlaceholder } from './text-checks.ts';

const STEP_TEXTS = [
  ['handlerRole', '写明该环节的办理人员或岗位，如“综合窗口受理人员”'],
  ['standard', '写明该环节的审查标准，如“材料齐全、符合法定形式”'],
  ['result', '写明该环节的办理结果，如“出具受理通知书”'],
] as const satisfies readonly (readonly [keyof ProcessStep, string])[];

function stepFindings(guide: Guide, step: ProcessStep, i: number): Finding[] {
  const findings: Finding[] = [];
  if (isBlankOrPlaceholder(step.name)) {
    findings.push(
      makeFinding(
        `steps.${i}.name`,
        `${labelPath(`steps.${i}`)}未填写环节名称`,
        '写明环节名称，如“受理”“审查”“决定”',
        21,
      ),
    );
  }
  for (const [key, fix] of STEP_TEXTS) {
    const field = `steps.${i}.${key}`;
    if (isBlankOrPlaceholder(step[key])) {
      findings.push(makeFinding(field, `${labelPath(field, guide)}未填写`, fix, 21));
    }
  }
  return findings;
}

/** The step limits add up to more than the promised limit (only when every unit is the same). */
function stepTotalFindings(guide: Guide): Finding[] {
  const { promisedLimit, steps } = guide;
  if (steps.some((step) => step.limit.unit !== promisedLimit.unit)) return [];
  const total = steps.reduce((sum, step) => sum + step.limit.amount, 0);
  if (total <= promisedLimit.amount) return [];
  const limit = formatTimeLimit({ amount: total, unit: promisedLimit.unit });
  return [
    makeFinding(
      'steps',
      `各环节办理时限合计${limit}，超过承诺办结时限（${formatTimeLimit(promisedLimit)}）`,
      '调整各环节时限，使其合计不超过承诺办结时限',
      21,
    ),
  ];
}

// 指标21: 内容应包含办理环节、办理时限、审批标准、办理结果等信息内容。
export function checkSteps(guide: Guide): Finding[] {
  if (guide.steps.length === 0) {
    return [
      makeFinding(
        'steps',
        '未填写办理流程',
        '至少填写受理、审查、决定等环节，逐环节写明办理人员、时限、审查标准和办理结果',
        21,
      ),
    ];
  }
  return [...guide.steps.flatMap((step, i) => stepFindings(guide, step, i)), ...stepTotalFindings(guide)];
}

// 指标4–6 define the levels by visits: II级 到现场不超过2次, III级 不超过1次, IV级 无需到现场.
const MAX_VISITS: Readonly<Record<string, number>> = { I: 2, II: 2, III: 1, IV: 0 } satisfies Record<
  MaturityLevel,
  number
>;

function maturityFindings(guide: Guide): Finding[] {
  const findings: Finding[] = [];
  const maxVisits = MAX_VISITS[guide.maturity];
  const level = labelOf(MATURITY_LABELS, guide.maturity);
  if (maxVisits === undefined) {
    return [makeFinding('maturity', `网上办理深度“${guide.maturity}”无法识别`, '选择 I级至IV级中的一级', 22)];
  }
  if (guide.visits > maxVisits) {
    findings.push(
      makeFinding(
        'visits',
        `网上办理深度为${level}，到现场次数应不超过 ${maxVisits} 次，现为 ${guide.visits} 次`,
        '核实到现场次数，或把网上办理深度调整为实际达到的级别',
        22,
      ),
    );
  }
  if (guide.visits === 0 && guide.maturity !== 'IV') {
    findings.push(
      makeFinding(
        'maturity',
        `到现场次数为 0，但网上办理深度为${level}`,
        '无需到现场的事项应标注为 IV级 全程网办；否则如实填写到现场次数',
        22,
      ),
    );
  }
  // 指标4–6: from II级 on, 申请人可以通过网络提交和补正相关申请信息和材料.
  const online = guide.channels.includes('web') || guide.channels.includes('mobile');
  if (guide.maturity !== 'I' && !online) {
    findings.push(
      makeFinding(
        'channels',
        `网上办理深度为${level}，但办理渠道不含网上办理或掌上办理`,
        '勾选“网上办理”或“掌上办理”渠道，或把网上办理深度调整为 I 级',
        22,
      ),
    );
  }
  return findings;
}

function visitFindings(guide: Guide): Finding[] {
  const findings: Finding[] = [];
  // 指标6: 作出审批决定后，申请人可以通过网上缴费后物流递送审批结果。整个办事过程无需到现场办理。
  if (guide.visits === 0 && !guide.delivery.some((method) => method !== 'window')) {
    findings.push(
      makeFinding(
        'delivery',
        '到现场次数为 0，但结果只能到窗口领取',
        '增加“邮政寄递”或“网上下载”送达方式，或如实填写到现场次数',
        22,
      ),
    );
  }
  if (guide.visits > 0 && !guide.channels.includes('window')) {
    findings.push(
      makeFinding(
        'channels',
        `需到现场 ${guide.visits} 次，但办理渠道不含窗口办理`,
        '勾选“窗口办理”渠道，或把到现场次数改为 0',
        22,
      ),
    );
  }
  return findings;
}

// 指标22: 明确标注申请者需要到现场次数 — and the count has to agree with the level and the channels.
export function checkVisits(guide: Guide): Finding[] {
  return [...maturityFindings(guide), ...visitFindings(guide)];
}
