import { describe, expect, it } from 'vitest';
import { buildGuide, buildMaterial } from './test-guide.ts';
import { checkGuideWording, findVagueWording, VAGUE_PHRASES } from './vague-wording.ts';

describe('findVagueWording', () => {
  it.each([
    ['身份证、户口簿等材料', [{ phrase: '等材料', index: 7 }]],
    ['法律法规规定的其他材料', [{ phrase: '法律法规规定的其他材料', index: 0 }]],
    ['法律、法规规定的其他材料', [{ phrase: '法律、法规规定的其他材料', index: 0 }]],
    ['其他相关材料', [{ phrase: '其他相关材料', index: 0 }]],
    ['提交与申请事项有关材料', [{ phrase: '有关材料', index: 7 }]],
    ['出生医学证明等有关材料', [{ phrase: '等有关材料', index: 6 }]],
    ['其它材料', [{ phrase: '其它材料', index: 0 }]],
    ['房屋产权证明等证明', [{ phrase: '等证明', index: 6 }]],
    ['身份证等证件', [{ phrase: '等证件', index: 3 }]],
    ['申请人认为需要提交的其他材料', [{ phrase: '其他材料', index: 10 }]],
    ['（四）法律、行政法规规定的其他条件', [{ phrase: '规定的其他', index: 10 }]],
    ['户口簿……', [{ phrase: '……', index: 3 }]],
    [
      '身份证等材料；主管部门要求的其他相关材料',
      [
        { phrase: '等材料', index: 3 },
        { phrase: '其他相关材料', index: 14 },
      ],
    ],
  ])('flags %s', (text, matches) => {
    expect(findVagueWording(text)).toEqual(matches);
  });

  it.each([
    ['中等职业学校毕业证书'],
    ['高等学校学历证书'],
    ['电子证照与纸质证照具有同等证明效力'],
    ['同等学力人员申请硕士学位的证明'],
    ['内蒙古高等材料研究院出具的检测报告'],
    ['营业执照'],
    ['居民身份证'],
    ['食品经营许可申请书'],
    ['除上述材料外，无需提交其他材料'],
    ['不得要求申请人提交其他材料'],
    ['已通过数据共享获取的，免于提交相关材料'],
    ['具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所'],
  ])('does not flag %s', (text) => {
    expect(findVagueWording(text)).toEqual([]);
  });

  it('still flags an open list after a negated clause has ended', () => {
    expect(findVagueWording('无需提交原件，但应提交其他材料')).toEqual([{ phrase: '其他材料', index: 11 }]);
  });

  it('takes a custom phrase list', () => {
    expect(findVagueWording('须附相应说明', ['相应说明'])).toEqual([{ phrase: '相应说明', index: 2 }]);
    expect(findVagueWording('身份证等材料', [])).toEqual([]);
  });

  it('lists the phrases of the notice (seed 003 三(一)5)', () => {
    expect(VAGUE_PHRASES).toEqual(expect.arrayContaining(['等材料', '法律法规规定的其他材料']));
  });
});

describe('checkGuideWording', () => {
  it('accepts the example guide', () => {
    expect(checkGuideWording(buildGuide())).toEqual([]);
  });

  it.each([
    [
      '材料名称',
      buildGuide({ materials: [buildMaterial({ id: 'id-card', name: '身份证、户口簿等材料' })] }),
      'materials.0.name',
      '“等材料”',
    ],
    [
      '材料要求',
      buildGuide({ materials: [buildMaterial({ requirements: '加盖公章，并附其他相关材料' })] }),
      'materials.0.requirements',
      '“其他相关材料”',
    ],
    [
      '材料提交情形',
      buildGuide({ materials: [buildMaterial({ condition: '涉及特殊情形的，提交有关材料' })] }),
      'materials.0.condition',
      '“有关材料”',
    ],
    [
      '受理条件',
      buildGuide({ conditions: '（一）申请人具有完全民事行为能力；（二）法律法规规定的其他条件。' }),
      'conditions',
      '“法律法规规定的其他”',
    ],
    [
      '情形问题',
      buildGuide({
        situations: [
          {
            id: 's',
            question: '是否属于其他相关情形？',
            multiple: false,
            options: [
              { id: 'yes', label: '是' },
              { id: 'no', label: '否' },
            ],
          },
        ],
      }),
      'situations.0.question',
      '“其他相关”',
    ],
  ])('flags vague wording in %s', (_, guide, field, quoted) => {
    const findings = checkGuideWording(guide);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.field).toBe(field);
    expect(findings[0]?.message).toContain(quoted);
    expect(findings[0]?.fix).not.toBe('');
  });
});
