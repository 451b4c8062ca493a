// The first draft of a newly claimed implementation: the template implementation's latest guide with the
// things that belong to the template's department (where and whom to call) cleared, or a blank guide that
// already passes the Guide schema (packages/contracts/src/guide.ts) so the editor can save it at once.
import type { Guide, ItemType } from '@msb/contracts';

export interface BaseFacts {
  name: string;
  code: string;
  itemType: ItemType;
  basis: string;
}

const emptyLocation = (): Guide['location'] => ({ address: '', doorNumber: '', room: '', window: '' });

/** The template's guide for another department: its 办理地点 and 咨询/投诉电话 are the editor's to fill. */
export function guideFromTemplate(template: Guide): Guide {
  return {
    ...structuredClone(template),
    location: emptyLocation(),
    consultPhone: '',
    complaintPhone: '',
  };
}

/** 三级N同: name, code, type and basis come from the base item; the rest are the plainest valid values. */
export function blankGuide(base: BaseFacts): Guide {
  return {
    name: base.name,
    baseCode: base.code,
    itemType: base.itemType,
    basis: base.basis,
    conditions: '',
    legalLimit: { amount: 20, unit: 'workday' },
    promisedLimit: { amount: 10, unit: 'workday' },
    instant: false,
    acceptOnReceipt: false,
    location: emptyLocation(),
    hours: [],
    consultPhone: '',
    complaintPhone: '',
    materials: [],
    situations: [],
    steps: [],
    fees: { free: true, items: [] },
    visits: 1,
    maturity: 'II',
    channels: ['window', 'web'],
    specialProcedures: [],
    intermediaries: [],
    result: { name: '', kind: 'other' },
    delivery: ['window'],
    crossRegion: 'none',
    audience: ['person'],
    themes: [],
    windowCategory: 'professional',
    faqs: [],
    keywords: [],
  };
}

/** <统一社会信用代码 or department key>-<基本编码>-001: unique per department and item, and editable. */
export function suggestImplementationCode(
  org: { creditCode: string | null; key: string },
  baseCode: string,
): string {
  const owner = (org.creditCode ?? org.key).replace(/[^0-9A-Za-z-]/g, '');
  return `${owner}-${baseCode.replace(/[^0-9A-Za-z-]/g, '')}-001`;
}
