// Defaults shared by the guides of one window kind (seed 003: 投资项目、商事登记、社会民生 windows).
import type { ItemTemplate } from '../types.ts';

type Shared = Pick<
  ItemTemplate,
  | 'fees'
  | 'audience'
  | 'themes'
  | 'windowCategory'
  | 'delivery'
  | 'crossRegion'
  | 'acceptOnReceipt'
  | 'specialProcedures'
  | 'intermediaries'
>;

/** 投资项目审批: legal persons, 投资建设 theme, results handed out or posted or downloaded. */
export function investment(): Shared {
  return {
    fees: { free: true, items: [] },
    audience: ['legal_person'],
    themes: ['投资建设'],
    windowCategory: 'investment',
    delivery: ['window', 'post', 'download'],
    crossRegion: 'none',
    acceptOnReceipt: false,
    specialProcedures: [],
    intermediaries: [],
  };
}

/** 商事登记 and the other 企业开办 items accepted at the same comprehensive window. */
export function business(themes: string[] = ['开办']): Shared {
  return {
    fees: { free: true, items: [] },
    audience: ['legal_person'],
    themes,
    windowCategory: 'business',
    delivery: ['window', 'post', 'download'],
    crossRegion: 'full_online',
    acceptOnReceipt: true,
    specialProcedures: [],
    intermediaries: [],
  };
}

/** 社会民生事务: natural persons. */
export function livelihood(themes: string[]): Shared {
  return {
    fees: { free: true, items: [] },
    audience: ['person'],
    themes,
    windowCategory: 'livelihood',
    delivery: ['window', 'post'],
    crossRegion: 'none',
    acceptOnReceipt: true,
    specialProcedures: [],
    intermediaries: [],
  };
}

/** A single department's professional window (公安户政、公积金、不动产、消防、水电气 …). */
export function professional(audience: ItemTemplate['audience'], themes: string[]): Shared {
  return {
    fees: { free: true, items: [] },
    audience,
    themes,
    windowCategory: 'professional',
    delivery: ['window', 'post'],
    crossRegion: 'none',
    acceptOnReceipt: false,
    specialProcedures: [],
    intermediaries: [],
  };
}

export const INVESTMENT_CONDITIONS_COMMON =
  '项目符合国民经济和社会发展规划、国土空间规划、相关专项规划和产业政策；申请材料齐全、符合法定形式。';
