import type { Material } from '@msb/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  MATERIAL_HEADERS,
  type MaterialRow,
  materialsFromXlsx,
  materialsToXlsx,
  scorecardToXlsx,
} from './catalog-xlsx.ts';

const full: Material = {
  id: 'floor-plan',
  name: '经营场所平面布局图',
  requirement: 'conditional',
  condition: '经营场所面积超过 300 平方米的',
  source: 'intermediary',
  issuer: '具有资质的设计单位',
  originals: 1,
  copies: 2,
  certifiedCopies: 0,
  media: 'both',
  isForm: false,
  allowMissing: true,
  commitmentAllowed: false,
  licenceType: '不动产权证书',
  requirements: '须加盖设计单位公章',
  basis: '《食品经营许可和备案管理办法》第十二条',
};
const minimal: Material = {
  id: 'application',
  name: '食品经营许可申请书',
  requirement: 'required',
  source: 'applicant',
  issuer: '',
  originals: 1,
  copies: 0,
  certifiedCopies: 0,
  media: 'paper',
  isForm: true,
  allowMissing: false,
  commitmentAllowed: true,
};
const rows: MaterialRow[] = [
  {
    implementationCode: '11150102MB1234567X4000127001000',
    itemName: '食品经营许可（新办）',
    orgName: '新城区市场监督管理局',
    material: full,
  },
  {
    implementationCode: '11150102MB1234567X4000127001000',
    itemName: '食品经营许可（新办）',
    orgName: '新城区市场监督管理局',
    material: minimal,
  },
];

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  return workbook;
}

/** Rewrites cells of the first data row of a materials sheet, to feed the reader bad input. */
async function edited(changes: Record<string, ExcelJS.CellValue>, blankRows = 0): Promise<Buffer> {
  const workbook = await load(await materialsToXlsx(rows.slice(0, 1)));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  for (const [header, value] of Object.entries(changes)) {
    sheet.getRow(2).getCell(MATERIAL_HEADERS.indexOf(header as (typeof MATERIAL_HEADERS)[number]) + 1).value =
      value;
  }
  // rows that only hold spaces, followed by a copy of the data row under another id
  for (let i = 0; i < blankRows; i++) sheet.getRow(3 + i).getCell(5).value = '   ';
  if (blankRows > 0) {
    const copy = sheet.getRow(3 + blankRows);
    sheet.getRow(2).eachCell((cell, col) => {
      copy.getCell(col).value = cell.value;
    });
    copy.getCell(MATERIAL_HEADERS.indexOf('材料编号') + 1).value = 'copy';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('materialsToXlsx', () => {
  it('writes Chinese headers and Chinese values that exceljs reads back', async () => {
    const sheet = (await load(await materialsToXlsx(rows))).worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...MATERIAL_HEADERS]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '11150102MB1234567X4000127001000',
      '食品经营许可（新办）',
      '新城区市场监督管理局',
      'floor-plan',
      '经营场所平面布局图',
      '按情形提交',
      '经营场所面积超过 300 平方米的',
      '中介机构出具',
      '具有资质的设计单位',
      1,
      2,
      0,
      '纸质和电子',
      '否',
      '是',
      '否',
      '不动产权证书',
      '须加盖设计单位公章',
      '《食品经营许可和备案管理办法》第十二条',
    ]);
    expect(sheet?.getRow(3).getCell(6).value).toBe('必要');
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('materialsFromXlsx', () => {
  it('round-trips what materialsToXlsx wrote', async () => {
    const result = await materialsFromXlsx(await materialsToXlsx(rows));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual(rows.map((r, i) => ({ ...r, row: i + 2 })));
  });

  it('accepts common spellings and skips blank rows', async () => {
    const buffer = await edited(
      { 必要性: '必须', 来源: '申请人', 介质: '纸质+电子', 容缺: 'Y', 原件份数: '2份' },
      2,
    );
    const result = await materialsFromXlsx(buffer);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.material.id])).toEqual([
      [2, 'floor-plan'],
      [5, 'copy'],
    ]);
    expect(result.rows[0]?.material).toMatchObject({
      requirement: 'required',
      source: 'applicant',
      media: 'both',
      allowMissing: true,
      originals: 2,
    });
  });

  it('lists every bad cell of a row in Chinese and leaves the row out', async () => {
    const result = await materialsFromXlsx(
      await edited({
        材料编号: 'Bad ID',
        材料名称: '',
        必要性: '看情况',
        原件份数: -1,
        容缺: '也许',
        实施编码: null,
      }),
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: '材料编号', message: expect.stringContaining('小写字母') },
        { row: 2, field: '材料名称', message: '材料名称不能为空' },
        { row: 2, field: '必要性', message: '必要性「看情况」无法识别，应为 必要、按情形提交、非必要 之一' },
        { row: 2, field: '原件份数', message: '原件份数「-1」应为 0 到 99 的整数' },
        { row: 2, field: '容缺', message: '容缺「也许」应填写“是”或“否”' },
        { row: 2, field: '实施编码', message: '实施编码不能为空' },
      ]),
    );
    expect(result.errors).toHaveLength(6);
  });

  it('reports a material listed twice for the same item', async () => {
    const result = await materialsFromXlsx(
      await materialsToXlsx([rows[0], rows[1], rows[0]].filter((r) => r !== undefined)),
    );
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(result.errors).toEqual([
      { row: 4, field: '材料编号', message: '材料编号「floor-plan」与第 2 行重复' },
    ]);
  });

  it('reports missing columns and unreadable files without throwing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['实施编码', '材料名称']);
    const missing = await materialsFromXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(missing.rows).toEqual([]);
    expect(missing.errors).toContainEqual({ row: 1, field: '必要性', message: '缺少列「必要性」' });

    const garbage = await materialsFromXlsx(Buffer.from('这不是 Excel 文件'));
    expect(garbage.rows).toEqual([]);
    expect(garbage.errors[0]?.field).toBe('文件');
  });
});

describe('scorecardToXlsx', () => {
  it('writes several sheets with bold frozen headers and CJK-fitted widths', async () => {
    const buffer = await scorecardToXlsx([
      {
        name: '盟市',
        header: ['地区', '得分'],
        rows: [
          ['呼和浩特市', 92.5],
          ['鄂尔多斯市', 88],
        ],
      },
      {
        name: '部门/窗口:明细[1]',
        header: ['部门', '办件量', '好评率'],
        rows: [['市场监督管理局', 1200, '98.5%']],
      },
      { name: '盟市', header: ['a'], rows: [] },
    ]);
    const workbook = await load(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['盟市', '部门_窗口_明细_1_', '盟市(2)']);
    const [first, second] = workbook.worksheets;
    expect(first?.getRow(2).values).toEqual([undefined, '呼和浩特市', 92.5]);
    expect(second?.getRow(2).values).toEqual([undefined, '市场监督管理局', 1200, '98.5%']);
    expect(first?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(second?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // 市场监督管理局: 7 Chinese characters are 14 units wide, plus a margin of 2
    expect(second?.getColumn(1).width).toBe(16);
    expect(first?.getColumn(2).width).toBe(6);
  });

  it('measures Chinese as double width', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('呼和浩特')).toBe(8);
    expect(displayWidth('（Ａ）')).toBe(6);
  });
});
