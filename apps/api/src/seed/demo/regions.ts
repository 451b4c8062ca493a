// The four demo regions: where each one's 政务服务中心 is, its windows (seed 003: 投资项目、商事登记、
// 社会民生 comprehensive windows plus professional windows), opening hours and phones.
// All addresses are on a street literally named 示例大街 / 示例路; all local numbers start with 0000.
import type { Guide, OpeningHours } from '@msb/contracts';
import type { WindowCategory } from './types.ts';

export type RegionKey = 'hlbe' | 'kdl' | 'xt' | 'wsq';

export type Desk = {
  /** 房间号, e.g. 二楼 201室 */
  room: string;
  /** zone printed before the window number, e.g. 投资项目审批综合受理区 */
  zone: string;
  letter: string;
  /** how many numbered windows the zone has */
  count: number;
};

export type RegionProfile = {
  key: RegionKey;
  code: string;
  name: string;
  areaCode: string;
  /** city + county + demo street, e.g. 呼伦贝尔市海拉尔区示例大街 */
  street: string;
  /** door number of the 政务服务中心 on the demo street */
  hallNo: number;
  hallName: string;
  complaintPhone: string;
  hours: OpeningHours[];
  hoursNote: string;
  /** 错时延时服务 for some window kinds (seed 001: 延时办) */
  extraHours: Partial<Record<WindowCategory, { hours: OpeningHours[]; note: string }>>;
  desks: Record<WindowCategory, Desk>;
  /** professional windows of single departments, by org key */
  professionalDesks: Record<string, Desk>;
};

const WEEKDAYS = [1, 2, 3, 4, 5];
const HOLIDAYS = '法定节假日除外';

export const demoRegions: RegionProfile[] = [
  {
    key: 'hlbe',
    code: '150700000000',
    name: '呼伦贝尔市',
    areaCode: '0470',
    street: '呼伦贝尔市海拉尔区示例大街',
    hallNo: 1,
    hallName: '呼伦贝尔市政务服务中心',
    complaintPhone: '12345',
    hours: [
      { days: WEEKDAYS, start: '09:00', end: '12:00' },
      { days: WEEKDAYS, start: '13:30', end: '17:30' },
    ],
    hoursNote: HOLIDAYS,
    extraHours: {},
    desks: {
      investment: { room: '二楼 201室', zone: '投资项目审批综合受理区', letter: 'B', count: 6 },
      business: { room: '一楼 106室', zone: '商事登记综合受理区', letter: 'A', count: 8 },
      livelihood: { room: '一楼 112室', zone: '社会民生事务综合受理区', letter: 'C', count: 8 },
      professional: { room: '三楼 301室', zone: '部门专业窗口区', letter: 'D', count: 10 },
    },
    professionalDesks: {
      'hlbe-gaj': { room: '三楼 305室', zone: '公安户政出入境专区', letter: 'D', count: 6 },
      'hlbe-gjj': { room: '三楼 312室', zone: '住房公积金服务专区', letter: 'F', count: 4 },
      'hlbe-zrzy': { room: '二楼 216室', zone: '不动产登记专区', letter: 'E', count: 8 },
      'hlbe-xfzd': { room: '二楼 208室', zone: '消防审批专区', letter: 'B', count: 2 },
      'hlbe-cgj': { room: '二楼 209室', zone: '城市管理审批专区', letter: 'B', count: 2 },
    },
  },
  {
    key: 'kdl',
    code: '150203000000',
    name: '昆都仑区',
    areaCode: '0472',
    street: '包头市昆都仑区示例路',
    hallNo: 8,
    hallName: '昆都仑区政务服务中心（市民大厅）',
    complaintPhone: '0472-0000299',
    hours: [
      { days: WEEKDAYS, start: '08:30', end: '12:00' },
      { days: WEEKDAYS, start: '14:00', end: '17:30' },
    ],
    hoursNote: HOLIDAYS,
    extraHours: {},
    desks: {
      investment: { room: '二楼 203室', zone: '投资项目审批综合受理区', letter: 'A', count: 5 },
      business: { room: '一楼 102室', zone: '商事登记综合受理区', letter: 'B', count: 7 },
      livelihood: { room: '一楼 108室', zone: '社会民生事务综合受理区', letter: 'C', count: 8 },
      professional: { room: '二楼 210室', zone: '部门专业窗口区', letter: 'D', count: 8 },
    },
    professionalDesks: {
      'kdl-gafj': { room: '三楼 302室', zone: '公安户政出入境专区', letter: 'E', count: 5 },
      'kdl-gjj': { room: '三楼 306室', zone: '住房公积金服务专区', letter: 'F', count: 3 },
    },
  },
  {
    key: 'xt',
    code: '150271000000',
    name: '包头稀土高新区',
    areaCode: '0472',
    street: '包头市稀土高新区示例大街',
    hallNo: 16,
    hallName: '包头稀土高新区政务服务中心',
    complaintPhone: '12345',
    hours: [
      { days: WEEKDAYS, start: '09:00', end: '12:00' },
      { days: WEEKDAYS, start: '13:30', end: '17:30' },
    ],
    hoursNote: HOLIDAYS,
    extraHours: {},
    desks: {
      investment: { room: '二楼 206室', zone: '投资项目审批综合受理区', letter: 'A', count: 4 },
      business: { room: '一楼 101室', zone: '“蒙速办·一次办”综合受理区', letter: 'B', count: 6 },
      livelihood: { room: '一楼 105室', zone: '社会民生事务综合受理区', letter: 'C', count: 6 },
      professional: { room: '二楼 212室', zone: '部门专业窗口区', letter: 'D', count: 6 },
    },
    professionalDesks: {
      'xt-gafj': { room: '三楼 301室', zone: '公安户政专区', letter: 'E', count: 4 },
      'xt-gjj': { room: '三楼 303室', zone: '住房公积金服务专区', letter: 'F', count: 2 },
      'xt-gdj': { room: '一楼 110室', zone: '水电气综合服务区', letter: 'G', count: 3 },
      'xt-gsgs': { room: '一楼 110室', zone: '水电气综合服务区', letter: 'G', count: 3 },
      'xt-rqgs': { room: '一楼 110室', zone: '水电气综合服务区', letter: 'G', count: 3 },
    },
  },
  {
    key: 'wsq',
    code: '150626000000',
    name: '乌审旗',
    areaCode: '0477',
    street: '鄂尔多斯市乌审旗嘎鲁图镇示例路',
    hallNo: 3,
    hallName: '乌审旗政务服务中心',
    complaintPhone: '0477-0000499',
    hours: [
      { days: WEEKDAYS, start: '09:00', end: '12:00' },
      { days: WEEKDAYS, start: '14:30', end: '18:00' },
    ],
    hoursNote: HOLIDAYS,
    extraHours: {
      livelihood: {
        hours: [{ days: [6], start: '09:00', end: '12:00' }],
        note: '法定节假日除外；星期六上午社会民生事务综合受理区提供错时延时服务',
      },
    },
    desks: {
      investment: { room: '二楼 205室', zone: '投资项目审批综合受理区（帮您办）', letter: 'A', count: 4 },
      business: { room: '一楼 103室', zone: '商事登记综合受理区', letter: 'B', count: 5 },
      livelihood: { room: '一楼 107室', zone: '社会民生事务综合受理区', letter: 'C', count: 6 },
      professional: { room: '二楼 211室', zone: '部门专业窗口区', letter: 'D', count: 6 },
    },
    professionalDesks: {
      'wsq-gaj': { room: '三楼 301室', zone: '公安户政出入境专区', letter: 'E', count: 4 },
      'wsq-gjj': { room: '三楼 305室', zone: '住房公积金服务专区', letter: 'F', count: 2 },
      'wsq-zrzy': { room: '二楼 215室', zone: '不动产登记专区', letter: 'G', count: 5 },
    },
  },
];

export function regionByCode(code: string): RegionProfile {
  const region = demoRegions.find((r) => r.code === code);
  if (!region) throw new Error(`demo region ${code} has no profile`);
  return region;
}

/** A stable small number from a key, so each department keeps its window number. */
function stableIndex(key: string, count: number): number {
  let sum = 0;
  for (const ch of key) sum = (sum * 31 + (ch.codePointAt(0) ?? 0)) % 1_000_003;
  return (sum % count) + 1;
}

export function locationFor(
  region: RegionProfile,
  category: WindowCategory,
  orgKey: string,
): Guide['location'] {
  const desk =
    category === 'professional'
      ? (region.professionalDesks[orgKey] ?? region.desks.professional)
      : region.desks[category];
  const no = String(stableIndex(orgKey, desk.count)).padStart(2, '0');
  return {
    address: `内蒙古自治区${region.street}${region.hallNo}号（${region.hallName}）`,
    doorNumber: `${region.street.replace(/^.*示例/, '示例')}${region.hallNo}号`,
    room: desk.room,
    window: `${desk.zone} ${desk.letter}${no} 窗口`,
  };
}

export function hoursFor(
  region: RegionProfile,
  category: WindowCategory,
): { hours: OpeningHours[]; note: string } {
  const extra = region.extraHours[category];
  if (!extra)
    return { hours: region.hours.map((h) => ({ ...h, days: [...h.days] })), note: region.hoursNote };
  return {
    hours: [...region.hours, ...extra.hours].map((h) => ({ ...h, days: [...h.days] })),
    note: extra.note,
  };
}
