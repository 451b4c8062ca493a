// Spreadsheets of the catalogue: the material list of many items (export, and import of the same layout
// after clerks edit it in Excel/WPS) and a generic multi-sheet writer for scorecards.
// Reading never throws on a bad cell: every problem becomes { row, field, message } in Chinese.
import type { Material } from '@msb/contracts';
import {
  labelOf,
  MATERIAL_MEDIA_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  MATERIAL_SOURCE_LABELS,
} from '@msb/contracts';
import ExcelJS from 'exceljs';

export interface MaterialRow {
  implementationCode: string;
  itemName: string;
  orgName: string;
  material: Material;
}
export interface ImportedMaterialRow extends MaterialRow {
  /** the spreadsheet row it came from (1 is the header) */
  row: number;
}
export interface SheetError {
  row: number;
  /** the column header, as the clerk sees it */
  field: string;
  message: string;
}
export interface SheetSpec {
  name: string;
  header: string[];
  rows: (string | number)[][];
}

export const MATERIAL_HEADERS = [
  '实施编码',
  '事项名称',
  '实施机关',
  '材料编号',
  '材料名称',
  '必要性',
  '情形条件',
  '来源',
  '出具单位',
  '原件份数',
  '复印件份数',
  '核验件份数',
  '介质',
  '是否表格',
  '容缺',
  '告知承诺',
  '可替代电子证照',
  '填写要求',
  '依据',
] as const;
type Header = (typeof MATERIAL_HEADERS)[number];

const yesNo = (value: boolean) => (value ? '是' : '否');

function toCells(r: MaterialRow): Record<Header, string | number> {
  const m = r.material;
  return {
    实施编码: r.implementationCode,
    事项名称: r.itemName,
    实施机关: r.orgName,
    材料编号: m.id,
    材料名称: m.name,
    必要性: labelOf(REQUIREMENT_LABELS, m.requirement),
    情形条件: m.condition ?? '',
    来源: labelOf(SOURCE_LABELS, m.source),
    出具单位: m.issuer,
    原件份数: m.originals,
    复印件份数: m.copies,
    核验件份数: m.certifiedCopies,
    介质: labelOf(MEDIA_LABELS, m.media),
    是否表格: yesNo(m.isForm),
    容缺: yesNo(m.allowMissing),
    告知承诺: yesNo(m.commitmentAllowed),
    可替代电子证照: m.licenceType ?? '',
    填写要求: m.requirements ?? '',
    依据: m.basis ?? '',
  };
}

/** Display width in Excel character units: a Chinese or full-width character takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width +=
      cp >= 0x1100 &&
      (cp <= 0x115f ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        cp >= 0x20000)
        ? 2
        : 1;
  }
  return width;
}

/** Bold header, frozen first row, and columns as wide as their longest line (within 6–60). */
function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  header.forEach((title, i) => {
    let widest = displayWidth(title);
    for (const row of rows) {
      for (const line of String(row[i] ?? '').split('\n')) widest = Math.max(widest, displayWidth(line));
    }
    sheet.getColumn(i + 1).width = Math.min(Math.max(widest + 2, 6), 60);
  });
  return sheet;
}

/** Excel refuses sheet names over 31 characters, with []:*?/\ or used twice. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++)
    candidate = `${base.slice(0, 31 - `(${i})`.length)}(${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

export async function materialsToXlsx(rows: readonly MaterialRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '蒙速办';
  const cells = rows.map(toCells);
  addSheet(
    workbook,
    '申请材料',
    MATERIAL_HEADERS,
    cells.map((c) => MATERIAL_HEADERS.map((h) => c[h])),
  );
  return toBuffer(workbook);
}

export async function scorecardToXlsx(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '蒙速办';
  const taken = new Set<string>();
  for (const sheet of sheets) addSheet(workbook, sheetName(sheet.name, taken), sheet.header, sheet.rows);
  return toBuffer(workbook);
}

// ── reading back ────────────────────────────────────────────────────────────────────────────────────

// the shared labels (packages/contracts/src/labels.ts) cover every enum value: they are checked there with `satisfies`
const REQUIREMENT_LABELS = MATERIAL_REQUIREMENT_LABELS as Record<Material['requirement'], string>;
const SOURCE_LABELS = MATERIAL_SOURCE_LABELS as Record<Material['source'], string>;
const MEDIA_LABELS = MATERIAL_MEDIA_LABELS as Record<Material['media'], string>;

/** Reverse of a label table plus the spellings clerks actually type. */
function reverse<T extends string>(labels: Record<T, string>, extra: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    map.set(label, value);
    map.set(value, value);
  }
  for (const [spelling, value] of Object.entries(extra)) map.set(spelling, value);
  return map;
}
const REQUIREMENTS = reverse(REQUIREMENT_LABELS, {
  必须: 'required',
  必需: 'required',
  必要材料: 'required',
  情形必要: 'conditional',
  按情形: 'conditional',
  视情形: 'conditional',
  按情形提供: 'conditional',
  非必须: 'optional',
  可选: 'optional',
  选填: 'optional',
});
const SOURCES = reverse(SOURCE_LABELS, {
  申请人: 'applicant',
  自备: 'applicant',
  政府部门: 'government',
  政府部门核发: 'government',
  中介机构: 'intermediary',
  中介: 'intermediary',
});
const MEDIA = reverse(MEDIA_LABELS, {
  纸质材料: 'paper',
  电子材料: 'electronic',
  '纸质+电子': 'both',
  '纸质、电子': 'both',
  纸质或电子: 'both',
  均可: 'both',
});
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '']);

/** The text a cell shows, whatever exceljs made of it (rich text, formula results, links, dates). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  return '';
}

class RowReader {
  readonly errors: SheetError[] = [];
  constructor(
    private readonly row: number,
    private readonly get: (header: Header) => string,
  ) {}
  private fail(field: Header, message: string): void {
    this.errors.push({ row: this.row, field, message });
  }
  text(field: Header, { required = false, max = 4000 } = {}): string {
    const value = this.get(field);
    if (required && !value) this.fail(field, `${field}不能为空`);
    else if ([...value].length > max) this.fail(field, `${field}不能超过 ${max} 个字`);
    return value;
  }
  optional(field: Header): string | undefined {
    return this.text(field) || undefined;
  }
  choice<T extends string>(field: Header, map: Map<string, T>, labels: Record<T, string>): T {
    const value = this.get(field);
    const found = map.get(value) ?? map.get(value.toLowerCase());
    if (found) return found;
    const options = Object.values<string>(labels).join('、');
    this.fail(
      field,
      value ? `${field}「${value}」无法识别，应为 ${options} 之一` : `${field}不能为空，应为 ${options} 之一`,
    );
    return Object.keys(labels)[0] as T;
  }
  count(field: Header): number {
    const value = this.get(field).replace(/\s*份$/, '');
    if (value === '') return 0;
    const n = Number(value);
    if (Number.isInteger(n) && n >= 0 && n <= 99) return n;
    this.fail(field, `${field}「${this.get(field)}」应为 0 到 99 的整数`);
    return 0;
  }
  flag(field: Header): boolean {
    const value = this.get(field).toLowerCase();
    if (YES.has(value)) return true;
    if (!NO.has(value)) this.fail(field, `${field}「${this.get(field)}」应填写“是”或“否”`);
    return false;
  }
}

function readRow(
  row: number,
  get: (header: Header) => string,
): { value?: MaterialRow; errors: SheetError[] } {
  const r = new RowReader(row, get);
  const id = r.text('材料编号', { required: true, max: 60 });
  if (id && !/^[a-z0-9][a-z0-9_-]*$/.test(id)) {
    r.errors.push({
      row,
      field: '材料编号',
      message: '材料编号只能含小写字母、数字、下划线和连字符，且以字母或数字开头',
    });
  }
  const material: Material = {
    id,
    name: r.text('材料名称', { required: true, max: 200 }),
    requirement: r.choice('必要性', REQUIREMENTS, REQUIREMENT_LABELS),
    condition: r.optional('情形条件'),
    source: r.choice('来源', SOURCES, SOURCE_LABELS),
    issuer: r.text('出具单位'),
    originals: r.count('原件份数'),
    copies: r.count('复印件份数'),
    certifiedCopies: r.count('核验件份数'),
    media: r.choice('介质', MEDIA, MEDIA_LABELS),
    isForm: r.flag('是否表格'),
    allowMissing: r.flag('容缺'),
    commitmentAllowed: r.flag('告知承诺'),
    licenceType: r.optional('可替代电子证照'),
    requirements: r.optional('填写要求'),
    basis: r.optional('依据'),
  };
  for (const key of Object.keys(material) as (keyof Material)[])
    if (material[key] === undefined) delete material[key];
  const value = {
    implementationCode: r.text('实施编码', { required: true, max: 60 }),
    itemName: r.text('事项名称', { required: true, max: 200 }),
    orgName: r.text('实施机关', { required: true, max: 200 }),
    material,
  };
  return r.errors.length > 0 ? { errors: r.errors } : { value, errors: [] };
}

/**
 * Reads a material sheet in the layout materialsToXlsx writes (columns found by header, in any order).
 * Rows with errors are left out of `rows`; blank rows are skipped.
 */
export async function materialsFromXlsx(
  buffer: Buffer | Uint8Array,
): Promise<{ rows: ImportedMaterialRow[]; errors: SheetError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy also detaches it from a pooled Node buffer
    await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  } catch {
    return {
      rows: [],
      errors: [{ row: 0, field: '文件', message: '无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿' }],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], errors: [{ row: 0, field: '文件', message: '工作簿中没有工作表' }] };
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const title = cellText(cell.value);
    if (title && !columns.has(title)) columns.set(title, col);
  });
  const missing = MATERIAL_HEADERS.filter((h) => !columns.has(h));
  if (missing.length > 0) {
    return { rows: [], errors: missing.map((field) => ({ row: 1, field, message: `缺少列「${field}」` })) };
  }
  const rows: ImportedMaterialRow[] = [];
  const errors: SheetError[] = [];
  const seen = new Map<string, number>();
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const get = (header: Header) => cellText(row.getCell(columns.get(header) ?? 0).value);
    if (MATERIAL_HEADERS.every((h) => get(h) === '')) continue;
    const result = readRow(n, get);
    errors.push(...result.errors);
    if (!result.value) continue;
    const key = `${result.value.implementationCode}\u0000${result.value.material.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        row: n,
        field: '材料编号',
        message: `材料编号「${result.value.material.id}」与第 ${first} 行重复`,
      });
      continue;
    }
    seen.set(key, n);
    rows.push({ ...result.value, row: n });
  }
  return { rows, errors };
}
