// Real-name verification (实名核验) behind one interface, so the platform can later be connected to the
// public-security identity system without touching registration. This build ships one mode: 'checksum',
// which checks only the structure and check digit of the ID number (GB 11643-1999). It never claims more.
import { checkIdNumber } from '@msb/contracts';
import type { Config } from '../../config.ts';
import { normalisePersonName } from './domain/people-rules.ts';

export type RealNameMode = Config['realNameMode'];

export interface RealNameResult {
  ok: boolean;
  /** why not, in Chinese, when `ok` is false */
  reason?: string;
}

export interface RealNameVerifier {
  readonly mode: RealNameMode;
  /** May this name and ID number be recorded as a person? Adapters doing network I/O are called outside
   * transactions. */
  verify(name: string, idNumber: string): Promise<RealNameResult>;
}

export const REAL_NAME_MODES: Record<RealNameMode, { label: string; description: string }> = {
  checksum: {
    label: '身份证号码校验模式',
    description:
      '仅按 GB 11643-1999 核对公民身份号码的格式、出生日期和校验位；未接入公安部门实名认证系统，' +
      '不核验姓名与身份证号码是否一致，也不核验本人身份。',
  },
  public_security: {
    label: '公安实名认证模式',
    description: '通过公安部门身份认证系统核验姓名与公民身份号码是否一致。需安装对应接口适配器后方可使用。',
  },
};

/** GB 11643 structure and check digit only; the name is only required to be non-empty. */
export function checksumVerifier(now: () => Date): RealNameVerifier {
  return {
    mode: 'checksum',
    async verify(name, idNumber) {
      if (!normalisePersonName(name)) return { ok: false, reason: '姓名不能为空' };
      const problem = checkIdNumber(idNumber, now());
      return problem ? { ok: false, reason: problem.message } : { ok: true };
    },
  };
}

export class RealNameUnavailableError extends Error {
  constructor(mode: RealNameMode) {
    super(
      `实名核验方式 REAL_NAME_MODE=${mode}（${REAL_NAME_MODES[mode].label}）未安装接口适配器，平台拒绝启动：` +
        '本版本只提供 checksum（身份证号码校验模式），不能以校验位代替公安实名认证结果。' +
        '请改用 REAL_NAME_MODE=checksum，或安装公安实名认证适配器。',
    );
    this.name = 'RealNameUnavailableError';
  }
}

/**
 * The verifier of the configured mode. 'public_security' needs an adapter to the public-security system;
 * none is installed in this build, so asking for it throws and the platform does not start, rather than
 * reporting people as verified when they were not.
 */
export function createRealNameVerifier(
  mode: RealNameMode,
  options: { now: () => Date; adapters?: Partial<Record<RealNameMode, RealNameVerifier>> },
): RealNameVerifier {
  const adapter = options.adapters?.[mode];
  if (adapter) {
    if (adapter.mode !== mode) throw new Error(`实名核验适配器的方式 ${adapter.mode} 与配置 ${mode} 不一致`);
    return adapter;
  }
  switch (mode) {
    case 'checksum':
      return checksumVerifier(options.now);
    case 'public_security':
      throw new RealNameUnavailableError(mode);
    default: {
      const unknown: never = mode;
      throw new Error(`未知的实名核验方式 ${String(unknown)}`);
    }
  }
}

/** What GET /api/real-name/mode answers. */
export function describeRealNameMode(mode: RealNameMode): {
  mode: RealNameMode;
  label: string;
  description: string;
} {
  return { mode, ...REAL_NAME_MODES[mode] };
}
