import type { Guide } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { diffGuides } from './guide-diff.ts';
import { buildGuide, buildMaterial } from './test-guide.ts';

const before = buildGuide();
const reversed = (guide: Guide): Guide => ({ ...guide, materials: [...guide.materials].reverse() });

describe('diffGuides', () => {
  it('finds nothing between equal guides', () => {
    expect(diffGuides(before, buildGuide())).toEqual([]);
  });

  it('reports a changed scalar with its Chinese label', () => {
    const after = buildGuide({
      promisedLimit: { amount: 8, unit: 'workday' },
      location: { ...before.location, window: '15号窗口' },
    });
    expect(diffGuides(before, after)).toEqual([
      { path: 'promisedLimit.amount', label: '承诺办结时限·时长', kind: 'changed', before: 10, after: 8 },
      {
        path: 'location.window',
        label: '办理地点·窗口号',
        kind: 'changed',
        before: '12号窗口',
        after: '15号窗口',
      },
    ]);
  });

  it('reports reordered materials once, not as a change of every row', () => {
    const changes = diffGuides(before, reversed(before));
    expect(changes).toEqual([
      {
        path: 'materials',
        label: '申请材料·顺序',
        kind: 'changed',
        before: before.materials.map((m) => m.id),
        after: [...before.materials].reverse().map((m) => m.id),
      },
    ]);
  });

  it('matches materials by id when they are reordered and edited', () => {
    const after = reversed(before);
    const edited = {
      ...after,
      materials: after.materials.map((m) => (m.id === 'layout' ? { ...m, copies: 1 } : m)),
    };
    const changes = diffGuides(before, edited).filter((change) => change.path !== 'materials');
    expect(changes).toEqual([
      {
        path: 'materials[layout].copies',
        label: '申请材料第3项「经营场所平面布局图及设备布局、工艺流程图」·复印件份数',
        kind: 'changed',
        before: 0,
        after: 1,
      },
    ]);
  });

  it('reports added and removed materials by name', () => {
    const added = buildMaterial({ id: 'health-cert', name: '从业人员健康证明', issuer: '疾病预防控制机构' });
    const after = {
      ...before,
      materials: [...before.materials.filter((m) => m.id !== 'safety-rules'), added],
    };
    const changes = diffGuides(before, after);
    expect(changes.map(({ path, label, kind }) => ({ path, label, kind }))).toEqual([
      { path: 'materials[safety-rules]', label: '申请材料第4项「食品安全管理制度文本」', kind: 'removed' },
      { path: 'materials[health-cert]', label: '申请材料第5项「从业人员健康证明」', kind: 'added' },
    ]);
    expect(changes[1]?.after).toEqual(added);
  });

  it('reports a removed optional field', () => {
    const after = { ...before, materials: before.materials.map(({ sampleForm: _, ...m }) => m) };
    expect(diffGuides(before, after)).toEqual([
      {
        path: 'materials[application].sampleForm',
        label: '申请材料第1项「食品经营许可申请书」·示范样表',
        kind: 'removed',
        before: before.materials[0]?.sampleForm,
      },
    ]);
  });

  it('diffs situation options by position inside a situation matched by id', () => {
    const situation = before.situations[0];
    if (situation === undefined) throw new Error('example guide has a situation');
    const options = situation.options.map((o) => (o.id === 'by-agent' ? { ...o, label: '委托他人办理' } : o));
    const after = { ...before, situations: [{ ...situation, options }] };
    expect(diffGuides(before, after)).toEqual([
      {
        path: 'situations[who-applies].options.1.label',
        label: '办理情形第1项「由谁到窗口或在网上提交申请？」·选项第2项「委托他人办理」·选项名称',
        kind: 'changed',
        before: '委托代理人',
        after: '委托他人办理',
      },
    ]);
  });

  it('falls back to positions when material ids repeat', () => {
    const duplicated = {
      ...before,
      materials: [...before.materials, { ...buildMaterial({ id: 'layout' }) }],
    };
    const after = {
      ...duplicated,
      materials: duplicated.materials.map((m, i) => (i === 5 ? { ...m, copies: 2 } : m)),
    };
    expect(diffGuides(duplicated, after).map((c) => [c.path, c.label])).toEqual([
      ['materials.5.copies', '申请材料第6项「食品安全管理制度文本」·复印件份数'],
    ]);
  });

  it('labels changes of primitive arrays', () => {
    const after = buildGuide({ channels: ['web', 'mobile', 'window', 'kiosk'] });
    expect(diffGuides(before, after)).toEqual([
      { path: 'channels.3', label: '办理渠道第4项', kind: 'added', after: 'kiosk' },
    ]);
  });
});
