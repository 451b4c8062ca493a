// One problem found in a service guide: which field, what is wrong, how to fix it (both in Chinese),
// and the annex indicator of seed 002 (附件 指标1–24) it counts against, when there is one.

export type Finding = {
  /** dotted path into the Guide, array positions 0-based: `materials.2.issuer` */
  field: string;
  message: string;
  fix: string;
  /** 序号 in seed 002 附件「政务服务事项标准化建设重点工作任务清单」 */
  indicator?: number;
};

/** Builds a finding; keeps call sites on one line. */
export function makeFinding(field: string, message: string, fix: string, indicator?: number): Finding {
  return indicator === undefined ? { field, message, fix } : { field, message, fix, indicator };
}
