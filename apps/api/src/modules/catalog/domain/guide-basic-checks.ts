// seed 002 附件 指标12–17 (指南准确度·基本信息、中介机构或特殊环节), one function per indicator.
import { formatTimeLimit, type Guide, LIMIT_UNITS, labelPath, type TimeLimit } from '@msb/contracts';
import { type Finding, makeFinding } from './finding.ts';
import { isBlankOrPlaceholder, isOneOf, isPhoneList, parseClock } from './text-checks.ts';

const UNIT_FIX = '选择“工作日”或“自然日”';

function unitFindings(field: string, limit: TimeLimit, indicator: number): Finding[] {
  if (isOneOf(LIMIT_UNITS, limit.unit)) return [];
  return [makeFinding(`${field}.unit`, `${labelPath(field)}未说明是工作日还是自然日`, UNIT_FIX, indicator)];
}

// 指标12: 按照《行政许可法》等规定，准确标注该事项的法定期限，明确说明是工作日还是自然日。
export function checkLegalLimit(guide: Guide): Finding[] {
  const findings = unitFindings('legalLimit', guide.legalLimit, 12);
  if (guide.legalLimit.amount === 0 && !guide.instant) {
    findings.push(
      makeFinding(
        'legalLimit.amount',
        '法定办结时限为 0，但事项不是即办件',
        '按设定依据填写法定期限（如《行政许可法》第四十二条：20个工作日）；法律规定当场办结的，标注为即办件',
        12,
      ),
    );
  }
  return findings;
}

// 指标13: 按照实际业务情况，准确标注该事项的承诺期限，明确说明是工作日还是自然日。
export function checkPromisedLimit(guide: Guide): Finding[] {
  const { legalLimit, promisedLimit, instant } = guide;
  const findings = unitFindings('promisedLimit', promisedLimit, 13);
  if (promisedLimit.unit === legalLimit.unit && promisedLimit.amount > legalLimit.amount) {
    findings.push(
      makeFinding(
        'promisedLimit.amount',
        `承诺办结时限（${formatTimeLimit(promisedLimit)}）超过法定办结时限（${formatTimeLimit(legalLimit)}）`,
        '承诺时限不得超过法定时限，请在法定时限基础上压缩',
        13,
      ),
    );
  }
  if (instant && promisedLimit.amount > 0) {
    findings.push(
      makeFinding(
        'promisedLimit.amount',
        `事项标注为即办件，但承诺办结时限为${formatTimeLimit(promisedLimit)}`,
        '即办件的承诺时限填 0（当场办结）；不能当场办结的，改标为承诺件',
        13,
      ),
    );
  }
  if (!instant && promisedLimit.amount === 0) {
    findings.push(
      makeFinding('instant', '承诺办结时限为当场办结，但事项标注为承诺件', '当场办结的事项标注为即办件', 13),
    );
  }
  return findings;
}

const LOCATION_PARTS = [
  ['address', '写明所在旗县区和街道名称，如“呼伦贝尔市海拉尔区××大街”'],
  ['doorNumber', '写明门牌号，如“1号”'],
  ['room', '写明楼层和房间号，如“政务服务中心一楼A区”'],
  ['window', '写明窗口号，如“12号窗口”'],
] as const;

// A street names a 路、街、道、巷、弄、胡同; in pastoral areas the address names the 嘎查 or 村 instead.
const STREET_MARKER = /[路街道巷弄]|胡同|嘎查|村/u;
const DIGIT = /[0-9０-９一二三四五六七八九十百]/u;

// 指标14: 要求办理地点有明确街道名称、门牌号、房间号、窗口号。
export function checkLocation(guide: Guide): Finding[] {
  const findings: Finding[] = [];
  for (const [part, fix] of LOCATION_PARTS) {
    const field = `location.${part}`;
    if (isBlankOrPlaceholder(guide.location[part])) {
      findings.push(makeFinding(field, `${labelPath(field)}未填写或为“无”“待定”等占位内容`, fix, 14));
    }
  }
  const { address, doorNumber } = guide.location;
  if (!isBlankOrPlaceholder(address) && !STREET_MARKER.test(address)) {
    findings.push(makeFinding('location.address', '办理地点未写明街道名称', LOCATION_PARTS[0][1], 14));
  }
  if (!isBlankOrPlaceholder(doorNumber) && !DIGIT.test(doorNumber)) {
    findings.push(makeFinding('location.doorNumber', '门牌号中没有号码', LOCATION_PARTS[1][1], 14));
  }
  return findings;
}

const HOURS_FIX = '按“星期一至星期五 09:00-12:00、13:00-17:00”的格式逐段填写办理时间';

function periodFindings(guide: Guide, i: number): Finding[] {
  const period = guide.hours[i];
  if (period === undefined) return [];
  const field = `hours.${i}`;
  const start = parseClock(period.start);
  const end = parseClock(period.end);
  const findings: Finding[] = [];
  if (period.days.length === 0 || period.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    findings.push(makeFinding(`${field}.days`, `${labelPath(field)}未正确选择星期`, HOURS_FIX, 15));
  }
  if (start === undefined || end === undefined || start >= end) {
    findings.push(
      makeFinding(
        field,
        `${labelPath(field)}的开始时间（${period.start}）应早于结束时间（${period.end}）`,
        HOURS_FIX,
        15,
      ),
    );
  }
  return findings;
}

/** Minutes of a period, or undefined when it is malformed (periodFindings reports that). */
function minutesOf(period: Guide['hours'][number]): { start: number; end: number } | undefined {
  const start = parseClock(period.start);
  const end = parseClock(period.end);
  return start === undefined || end === undefined || start >= end ? undefined : { start, end };
}

function overlapFindings(guide: Guide): Finding[] {
  const findings: Finding[] = [];
  guide.hours.forEach((a, i) => {
    guide.hours.slice(i + 1).forEach((b, offset) => {
      const ma = minutesOf(a);
      const mb = minutesOf(b);
      const sameDay = a.days.some((day) => b.days.includes(day));
      if (ma && mb && sameDay && ma.start < mb.end && mb.start < ma.end) {
        const field = `hours.${i + offset + 1}`;
        findings.push(makeFinding(field, `${labelPath(field)}与第${i + 1}项时间重叠`, HOURS_FIX, 15));
      }
    });
  });
  return findings;
}

// 指标15: 明确标注该事项受理的时间周期，如【星期一至星期五：上午 09：00-12：00，下午 13：00-17：00】。
export function checkHours(guide: Guide): Finding[] {
  if (guide.hours.length === 0) return [makeFinding('hours', '未填写办理时间', HOURS_FIX, 15)];
  return [...guide.hours.flatMap((_, i) => periodFindings(guide, i)), ...overlapFindings(guide)];
}

const PHONE_FIX =
  '填写带区号的固定电话（如 0470-1234567）、11 位手机号或 12345 等服务热线，多个号码用“、”分隔';

function phoneFindings(
  field: 'consultPhone' | 'complaintPhone',
  value: string,
  indicator?: number,
): Finding[] {
  if (isPhoneList(value)) return [];
  const label = labelPath(field);
  const message = isBlankOrPlaceholder(value) ? `未填写${label}` : `${label}“${value}”不是有效的电话号码`;
  return [makeFinding(field, message, PHONE_FIX, indicator)];
}

// 指标16: 明确标注该事项受理部门的联系电话。
export function checkConsultPhone(guide: Guide): Finding[] {
  return phoneFindings('consultPhone', guide.consultPhone, 16);
}

/** 监督投诉电话: not an annex indicator, but a guide without it cannot be published. */
export function checkComplaintPhone(guide: Guide): Finding[] {
  return phoneFindings('complaintPhone', guide.complaintPhone);
}

// 指标17: 评估作为办理行政审批条件的中介服务事项，是否明确对该事项进行标注并提供设定依据说明；
// seed 001 二(一)2: 特别程序作为特殊要素实行清单管理.
export function checkIntermediariesAndSpecialProcedures(guide: Guide): Finding[] {
  const intermediaries = guide.intermediaries.flatMap((intermediary, i) => {
    const field = `intermediaries.${i}.basis`;
    if (!isBlankOrPlaceholder(intermediary.basis)) return [];
    return [
      makeFinding(
        field,
        `${labelPath(field, guide)}未填写`,
        '写明设定该中介服务的法律、法规或国务院决定的名称和条款',
        17,
      ),
    ];
  });
  const procedures = guide.specialProcedures.flatMap((procedure, i) => {
    const field = `specialProcedures.${i}.basis`;
    if (!isBlankOrPlaceholder(procedure.basis)) return [];
    return [
      makeFinding(
        field,
        `${labelPath(field, guide)}未填写`,
        '写明设定该特殊环节的法律依据（如《行政许可法》第四十五条）',
        17,
      ),
    ];
  });
  return [...intermediaries, ...procedures];
}
