// Display rules shared by the portal, the phone pages and the workbench: how a state, a clock warning and a
// date are shown. Pure, no UI library: each UI maps the tone to its own colours.
import { t } from '../../app/i18n.ts';
import type { CaseListItem, CaseState, CaseView, ClockWarning, DeliveryMethod } from './case-api.ts';

export type Tone = 'neutral' | 'progress' | 'attention' | 'success' | 'danger';

export function stateTone(state: CaseState): Tone {
  switch (state) {
    case 'draft':
    case 'withdrawn':
      return 'neutral';
    case 'submitted':
    case 'accepted':
    case 'in_review':
    case 'special_procedure':
      return 'progress';
    case 'awaiting_correction':
      return 'attention';
    case 'approved':
    case 'result_issued':
    case 'delivered':
    case 'closed':
      return 'success';
    case 'refused':
    case 'denied':
    case 'terminated':
    case 'revoked':
      return 'danger';
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}

/** "出生登记 - 网上申请" while a draft, "出生登记 - 审查中" after: the title of an application's page. */
export const casePageTitle = (name: string, draft: boolean, stateLabel: string): string =>
  `${name} - ${draft ? t('case.application') : stateLabel}`;

export function warningTone(warning: ClockWarning): Tone {
  switch (warning) {
    case 'normal':
      return 'success';
    case 'yellow':
      return 'attention';
    case 'red':
      return 'danger';
    default: {
      const unknown: never = warning;
      return unknown;
    }
  }
}

/** States in which the clock of the case still runs (decided and closed cases show no warning). */
export const hasRunningClock = (c: Pick<CaseListItem, 'state'>): boolean =>
  c.state === 'accepted' || c.state === 'in_review' || c.state === 'special_procedure';

const CHINA = 'Asia/Shanghai';
const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An instant in China time: "2026-03-05 14:07". */
/** 收件时间 and 受理日期 of a case or a bundle case, as label and text (无 until there is one). */
export function intakeDates(view: { receivedAt: string | null; acceptedOn: string | null }) {
  return [
    {
      key: 'received',
      label: t('case.receivedAt'),
      text: formatDateTime(view.receivedAt) || t('common.none'),
    },
    { key: 'accepted', label: t('case.acceptedOn'), text: formatDate(view.acceptedOn) || t('common.none') },
  ];
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A calendar date ("2026-03-05" stays as it is; an instant becomes its China date). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The correction items of the latest 一次性告知 (what the applicant must supply), with material names. */
export function correctionItemsOf(view: Pick<CaseView, 'events' | 'checklist' | 'materials'>): {
  materialId: string | null;
  materialName: string | null;
  problem: string;
  requirement: string | null;
}[] {
  const notice = [...view.events].reverse().find((e) => e.action === 'request_correction');
  const items = notice?.payload.correctionItems;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    if (!item || typeof item !== 'object' || typeof item.problem !== 'string') return [];
    const materialId = typeof item.materialId === 'string' ? item.materialId : null;
    const name =
      view.checklist.find((c) => c.materialId === materialId)?.name ??
      view.materials.find((m) => m.materialId === materialId)?.name ??
      null;
    return [
      {
        materialId,
        materialName: name,
        problem: item.problem,
        requirement: typeof item.requirement === 'string' && item.requirement ? item.requirement : null,
      },
    ];
  });
}

/** One correction item as a line: "申请人居民身份证：不清晰（要求：彩色扫描）". */
export function correctionLine(item: ReturnType<typeof correctionItemsOf>[number]): string {
  const text = t('case.correctionItem', {
    material: item.materialName ?? t('case.correctionGeneral'),
    problem: item.problem,
  });
  return item.requirement
    ? t('text.withNote', { text, note: t('case.correctionRequirement', { text: item.requirement }) })
    : text;
}

/** "邮政寄递：<address>" when there is an address, else the label alone. */
export const withAddress = (label: string, address: string | null): string =>
  address ? t('text.labelValue', { label, value: address }) : label;

/** The checklist an applicant sends with 提交补正: every material of the case now on file. */
export function resubmitChecklist(
  view: Pick<CaseView, 'materials'>,
): { materialId: string; present: true }[] {
  const ids = new Set(view.materials.filter((m) => m.status !== 'rejected').map((m) => m.materialId));
  return [...ids].map((materialId) => ({ materialId, present: true }));
}

/** Downloading the decision completes electronic delivery when the applicant chose download. */
export const decisionCompletesDelivery = (view: Pick<CaseView, 'state' | 'deliveryPreference'>): boolean =>
  view.state === 'result_issued' && view.deliveryPreference === ('download' satisfies DeliveryMethod);

/** A case number as printed on the receipt: 12-digit region, date, sequence. */
export const CASE_NUMBER_PATTERN = /^\d{12}-\d{8}-\d{6}$/;
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** A same-site path to return to after signing in; anything else falls back. */
export function safeNext(next: string | null, fallback: string): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

/** Fetches a PDF (so the page knows when the download finished) and hands it to the browser. */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new Error(body.error?.message ?? t('case.downloadStatus', { status: res.status }));
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
