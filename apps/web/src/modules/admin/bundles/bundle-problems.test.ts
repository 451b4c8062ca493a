import { describe, expect, it } from 'vitest';
import {
  definitionPath,
  fieldErrors,
  formNameOf,
  placeProblems,
  problemLabel,
  problemsOf,
} from './bundle-problems.ts';

describe('bundle problems on the form', () => {
  it('reads the fields of the save routes without their `definition.` prefix', () => {
    expect(definitionPath('definition.members.0.key')).toBe('members.0.key');
    expect(definitionPath('definition')).toBe('');
    expect(definitionPath('code')).toBe('code');
    expect(definitionPath('members')).toBe('members');
  });

  it('puts each problem on the field that holds it', () => {
    expect(formNameOf('members.1.dependsOn.0')).toEqual(['members', 1, 'dependsOn']);
    expect(formNameOf('members.1.whenOptions')).toEqual(['members', 1, 'whenOptions']);
    expect(formNameOf('members.0.implementationId')).toEqual(['members', 0, 'implementationId']);
    expect(formNameOf('definition.members.0.key')).toEqual(['members', 0, 'key']);
    expect(formNameOf('questions.0.options.1.id')).toEqual(['questions', 0, 'options', 1, 'id']);
    expect(formNameOf('outputModes.0')).toEqual(['outputModes']);
    expect(formNameOf('code')).toEqual(['code']);
  });

  it('puts a problem of a whole list or of the limit next to the list or the limit', () => {
    expect(formNameOf('members')).toEqual(['members']);
    expect(formNameOf('definition.members')).toEqual(['members']);
    expect(formNameOf('members.2')).toEqual(['members']);
    expect(formNameOf('questions.0.options')).toEqual(['questions', 0, 'options']);
    expect(formNameOf('questions.0')).toEqual(['questions']);
    expect(formNameOf('promisedLimit.amount')).toEqual(['promisedLimit', 'amount']);
    expect(formNameOf('promisedLimit.unit')).toEqual(['promisedLimit', 'amount']);
    expect(formNameOf('definition.promisedLimit')).toEqual(['promisedLimit', 'amount']);
  });

  it('leaves what no field holds to the summary', () => {
    expect(formNameOf('regionCode')).toBeNull();
    expect(formNameOf('(请求体)')).toBeNull();
    expect(formNameOf('')).toBeNull();
    expect(formNameOf('definition')).toBeNull();
  });

  it('names the place of a problem in Chinese, with the member key when known', () => {
    const values = {
      members: [{ key: 'birth-certificate' }, { key: 'birth-registration' }],
      questions: [{ id: 'card', question: '是否申领社会保障卡？', multiple: false, options: [] }],
    };
    expect(problemLabel('members.1.dependsOn.0', values)).toBe('成员事项 2（birth-registration） · 前置成员');
    expect(problemLabel('members.0.implementationId')).toBe('成员事项 1 · 实施清单事项');
    expect(problemLabel('members')).toBe('成员事项');
    expect(problemLabel('promisedLimit.amount')).toBe('承诺办结时限');
    expect(problemLabel('questions.0.options.1.id', values)).toBe(
      '问题 1「是否申领社会保障卡？」 · 选项 2 · 选项编号',
    );
    expect(problemLabel('definition.leadOrgId')).toBe('牵头部门');
    expect(problemLabel('(请求体)')).toBe('一件事定义');
  });

  it('reads details.fields and gathers the messages of one field', () => {
    const problems = problemsOf({
      fields: [
        { field: 'members.1.whenOptions', message: '适用情形“x”不是情形引导中的选项' },
        { field: 'members.1.dependsOn.0', message: '成员事项不能依赖自身' },
        { field: 'members.1.dependsOn.1', message: '依赖的成员“zz”不存在' },
        { field: 'members', message: '成员事项之间存在循环依赖：a → b → a' },
        { field: 'regionCode', message: '区划不存在' },
        { message: 42 },
      ],
    });
    expect(problems).toHaveLength(5);
    expect(problemsOf(null)).toEqual([]);
    expect(problemsOf({ fields: 'x' })).toEqual([]);
    const placed = placeProblems(problems);
    expect(placed.find((p) => p.field === 'regionCode')?.name).toBeNull();
    expect(fieldErrors(placed)).toEqual([
      { name: ['members', 1, 'whenOptions'], errors: ['适用情形“x”不是情形引导中的选项'] },
      { name: ['members', 1, 'dependsOn'], errors: ['成员事项不能依赖自身', '依赖的成员“zz”不存在'] },
      { name: ['members'], errors: ['成员事项之间存在循环依赖：a → b → a'] },
    ]);
  });
});
