// Internal consistency of a guide, beyond the annex indicators: identifiers that other parts point at,
// situations that drive conditional materials (seed 002 附件 指标11: 根据提交情形分类展示申报材料),
// fees, and the basic elements every guide needs (国务院令第716号 第六条: 受理条件、办事材料、办理流程).
import type { Guide } from '@msb/contracts';
import { labelPath } from '@msb/contracts';
import { type Finding, makeFinding } from './finding.ts';
import { isBlankOrPlaceholder } from './text-checks.ts';

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return repeated;
}

const BASIC_TEXTS = [
  ['name', '填写事项名称'],
  ['baseCode', '填写基本目录中的事项编码'],
  ['basis', '写明设定和实施依据的法律法规名称和条款'],
  ['conditions', '逐条写明受理条件'],
] as const;

function basicFindings(guide: Guide): Finding[] {
  const findings = BASIC_TEXTS.filter(([key]) => isBlankOrPlaceholder(guide[key])).map(([key, fix]) =>
    makeFinding(key, `${labelPath(key)}未填写`, fix),
  );
  if (isBlankOrPlaceholder(guide.result.name)) {
    findings.push(makeFinding('result.name', '审批结果名称未填写', '写明办理结果的名称，如“食品经营许可证”'));
  }
  if (guide.materials.length === 0) {
    findings.push(
      makeFinding(
        'materials',
        '未列出申请材料',
        '逐项列出申请材料；确实无需材料的，列出“无需提交材料”的依据',
      ),
    );
  }
  return findings;
}

function materialIdFindings(guide: Guide): Finding[] {
  const repeated = duplicates(guide.materials.map((material) => material.id));
  return guide.materials.flatMap((material, i) =>
    repeated.has(material.id) && guide.materials.findIndex((m) => m.id === material.id) !== i
      ? [
          makeFinding(
            `materials.${i}.id`,
            `${labelPath(`materials.${i}`, guide)}的材料标识“${material.id}”与其他材料重复`,
            '为每项材料设置不同的标识',
          ),
        ]
      : [],
  );
}

function situationIdFindings(guide: Guide): Finding[] {
  const findings: Finding[] = [];
  for (const id of duplicates(guide.situations.map((situation) => situation.id))) {
    findings.push(makeFinding('situations', `情形标识“${id}”重复`, '为每个情形设置不同的标识'));
  }
  const optionIds = guide.situations.flatMap((situation) => situation.options.map((option) => option.id));
  for (const id of duplicates(optionIds)) {
    findings.push(
      makeFinding(
        'situations',
        `情形选项标识“${id}”重复，材料无法确定对应哪个选项`,
        '为所有情形的每个选项设置不同的标识',
      ),
    );
  }
  return findings;
}

function conditionalFindings(guide: Guide): Finding[] {
  const optionIds = new Set(
    guide.situations.flatMap((situation) => situation.options.map((option) => option.id)),
  );
  return guide.materials.flatMap((material, i) => {
    const field = `materials.${i}.whenOptions`;
    const label = labelPath(`materials.${i}`, guide);
    const when = material.whenOptions ?? [];
    if (material.requirement !== 'conditional') {
      return when.length === 0
        ? []
        : [
            makeFinding(
              field,
              `${label}不是按情形提交的材料，却设置了适用情形`,
              '删除适用情形，或把材料必要性改为“按情形提交”',
            ),
          ];
    }
    if (when.length === 0) {
      return [makeFinding(field, `${label}按情形提交，但未选择适用情形`, '选择该材料适用的情形选项')];
    }
    const unknown = when.filter((id) => !optionIds.has(id));
    if (unknown.length === 0) return [];
    return [
      makeFinding(
        field,
        `${label}引用了不存在的情形选项：${unknown.join('、')}`,
        '从本指南已有的情形选项中选择',
      ),
    ];
  });
}

function feeFindings(guide: Guide): Finding[] {
  const { free, items } = guide.fees;
  if (free) {
    return items.length === 0
      ? []
      : [makeFinding('fees.items', '标注为不收费，但列有收费项目', '删除收费项目，或改为收费')];
  }
  if (items.length === 0)
    return [
      makeFinding('fees.items', '标注为收费，但未列出收费项目', '列出收费项目、标准和依据，或改为不收费'),
    ];
  return items.flatMap((item, i) => {
    const field = `fees.items.${i}`;
    const label = labelPath(field, guide);
    const findings: Finding[] = [];
    if (isBlankOrPlaceholder(item.basis)) {
      findings.push(makeFinding(`${field}.basis`, `${label}未填写收费依据`, '写明收费依据的文件名称和文号'));
    }
    const hasAmount = item.amountFen !== undefined;
    const hasRate = item.rateBasisPoints !== undefined;
    if (hasAmount === hasRate) {
      findings.push(
        makeFinding(
          field,
          `${label}应在固定金额和费率中填写且只填写一项`,
          '固定收费填金额；按比例收费填费率和计算基数',
        ),
      );
    } else if (hasRate && isBlankOrPlaceholder(item.rateOf)) {
      findings.push(
        makeFinding(
          `${field}.rateOf`,
          `${label}按费率收费，但未写明计算基数`,
          '写明费率的计算基数，如“评估价格”',
        ),
      );
    }
    return findings;
  });
}

/** Consistency checks that do not count against an annex indicator but still block publishing. */
export function checkGuideIntegrity(guide: Guide): Finding[] {
  return [
    ...basicFindings(guide),
    ...materialIdFindings(guide),
    ...situationIdFindings(guide),
    ...conditionalFindings(guide),
    ...feeFindings(guide),
  ];
}
