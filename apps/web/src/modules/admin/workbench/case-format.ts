// Pure: how the workbench words and colours a case — warning tags (colour always with text), state tones,
// the form data under its field titles, the history entries, and the region an item must lie in.
import { t } from '../../../app/i18n.ts';
import type {
  CaseEventView,
  CaseMaterialView,
  CaseState,
  CaseView,
  ChecklistEntryView,
  ClockWarning,
  JsonSchemaObject,
} from '../../cases/case-api.ts';
import type { Tone } from '../shell/status-tag.tsx';

/** 预警: the colour says it at a glance, the text says it to everyone (WCAG 1.4.1: not colour alone). */
export function warningTag(
  warning: ClockWarning,
  remainingWorkdays: number | null,
): { tone: Tone; label: string } {
  switch (warning) {
    case 'normal':
      return {
        tone: 'green',
        label:
          remainingWorkdays === null
            ? t('admin.work.warning.normal')
            : t('admin.work.warning.normalDays', { n: remainingWorkdays }),
      };
    case 'yellow':
      return {
        tone: 'orange',
        label:
          remainingWorkdays === null || remainingWorkdays <= 0
            ? t('admin.work.warning.dueToday')
            : t('admin.work.warning.yellowDays', { n: remainingWorkdays }),
      };
    case 'red':
      return {
        tone: 'red',
        label:
          remainingWorkdays === null || remainingWorkdays >= 0
            ? t('admin.work.warning.red')
            : t('admin.work.warning.redDays', { n: -remainingWorkdays }),
      };
  }
}

export function stateTone(state: CaseState): Tone {
  switch (state) {
    case 'submitted':
    case 'awaiting_correction':
      return 'orange';
    case 'accepted':
    case 'in_review':
    case 'special_procedure':
      return 'blue';
    case 'approved':
    case 'result_issued':
    case 'delivered':
    case 'closed':
      return 'green';
    case 'refused':
    case 'denied':
    case 'terminated':
    case 'revoked':
      return 'red';
    case 'draft':
    case 'withdrawn':
      return 'grey';
  }
}

/** The application form as label/value pairs, in the form's order, enum values under their labels. */
export function formEntries(
  schema: JsonSchemaObject,
  data: Record<string, unknown>,
): { key: string; label: string; value: string }[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchemaObject>;
  const keys = [...Object.keys(properties), ...Object.keys(data).filter((k) => !(k in properties))];
  return keys.flatMap((key) => {
    const value = data[key];
    if (value === undefined || value === null || value === '') return [];
    const property = properties[key] ?? {};
    const label = typeof property.title === 'string' ? property.title : key;
    return [{ key, label, value: displayValue(property, value) }];
  });
}

function displayValue(property: JsonSchemaObject, value: unknown): string {
  const options = Array.isArray(property.oneOf)
    ? (property.oneOf as { const?: unknown; title?: unknown }[])
    : [];
  const option = options.find((o) => o.const === value);
  if (option && typeof option.title === 'string') return option.title;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.map(String).join(t('common.listSeparator'));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The situation answers under their questions and option labels. */
export function situationEntries(view: Pick<CaseView, 'situation' | 'situations'>) {
  return view.situations.flatMap((s) => {
    const chosen = view.situation[s.id] ?? [];
    if (chosen.length === 0) return [];
    const labels = chosen.map((id) => s.options.find((o) => o.id === id)?.label ?? id);
    return [{ key: s.id, label: s.question, value: labels.join(t('common.listSeparator')) }];
  });
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** The lines a history entry shows under its action: what was decided, asked, recorded. */
export function eventDetails(event: CaseEventView): string[] {
  const p = event.payload;
  const lines: string[] = [];
  const add = (key: Parameters<typeof t>[0], value: string | null, params: Record<string, string> = {}) => {
    if (value) lines.push(t(key, { value, ...params }));
  };
  add('admin.work.event.opinion', text(p.opinion), { step: text(p.stepName) ?? '' });
  add('admin.work.event.decisionReasons', text(p.decisionReasons));
  add('admin.work.event.assignee', text(p.assigneeName));
  add('admin.work.event.reason', text(p.reason));
  if (Array.isArray(p.correctionItems)) {
    for (const [i, item] of (p.correctionItems as { problem?: unknown; requirement?: unknown }[]).entries()) {
      const requirement = text(item.requirement);
      lines.push(
        t('admin.work.event.correctionItem', {
          n: i + 1,
          problem: text(item.problem) ?? '',
          requirement: requirement ? t('admin.work.event.correctionRequirement', { value: requirement }) : '',
        }),
      );
    }
  }
  const extension = p.extension as { amount?: unknown; unit?: unknown } | undefined;
  if (extension && typeof extension.amount === 'number') {
    lines.push(t('admin.work.event.extension', { n: extension.amount, unit: unitLabel(extension.unit) }));
  }
  const procedure = p.procedure as
    | { name?: unknown; duration?: { amount?: unknown; unit?: unknown } }
    | undefined;
  if (procedure && text(procedure.name)) {
    lines.push(
      t('admin.work.event.procedure', {
        name: String(procedure.name),
        n: Number(procedure.duration?.amount ?? 0),
        unit: unitLabel(procedure.duration?.unit),
      }),
    );
  }
  add('admin.work.event.signedReceipt', text(p.signedReceipt));
  add('admin.work.event.trackingNumber', text(p.trackingNumber));
  if (event.comment && !lines.some((l) => l.includes(event.comment ?? ''))) {
    add('admin.work.event.comment', event.comment);
  }
  return lines;
}

export const unitLabel = (unit: unknown): string =>
  unit === 'natural' ? t('admin.work.unit.natural') : t('admin.work.unit.workday');

/** The significant prefix of a 12-digit region code (150203000000 → 150203), as the API's scope rules. */
export function regionPrefix(code: string): string {
  for (const digits of [2, 4, 6, 9]) {
    if (/^0+$/.test(code.slice(digits)) && code.length === 12) return code.slice(0, digits);
  }
  return code;
}

/** May a clerk scoped to `scope` (region, and department for org-bound accounts) take in this item? */
export function itemInScope(
  item: { regionCode: string; orgId: string },
  scope: { regionCode: string | null; orgId: string | null },
): boolean {
  if (scope.orgId) return item.orgId === scope.orgId;
  if (scope.regionCode) return item.regionCode.startsWith(regionPrefix(scope.regionCode));
  return false;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString('zh-CN', { hour12: false });
}

export interface MaterialRow {
  key: string;
  name: string;
  entry: ChecklistEntryView | null;
  files: CaseMaterialView[];
}

/** One row per material of the checklist, then materials on file that the checklist does not list. */
export function materialRows(view: Pick<CaseView, 'checklist' | 'materials'>): MaterialRow[] {
  const listed = view.checklist.map((entry) => ({
    key: entry.materialId,
    name: entry.name,
    entry,
    files: view.materials.filter((m) => m.materialId === entry.materialId),
  }));
  const others = view.materials
    .filter((m) => !view.checklist.some((c) => c.materialId === m.materialId))
    .map((m) => ({ key: `extra-${m.id}`, name: m.name, entry: null, files: [m] }));
  return [...listed, ...others];
}
