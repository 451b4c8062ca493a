import type { Guide } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { checkGuideForPublishing } from './guide-completeness.ts';
import { buildGuide } from './test-guide.ts';

const offering = (commitment?: Guide['commitment']): Guide => ({
  ...buildGuide(),
  materials: buildGuide().materials.map((m) => (m.id === 'layout' ? { ...m, commitmentAllowed: true } : m)),
  ...(commitment ? { commitment } : {}),
});
const settings = { verifyWithinWorkdays: 10, excludeBrokenCommitment: true };

describe('publishing check: 告知承诺 needs its commitment text (seed 001: 明确承诺内容)', () => {
  it('refuses a guide with a commitmentAllowed material and no commitment text', () => {
    expect(checkGuideForPublishing(offering())).toEqual([
      expect.objectContaining({
        field: 'commitment.text',
        message: expect.stringContaining(
          '「经营场所平面布局图及设备布局、工艺流程图」可告知承诺，但未填写承诺书内容',
        ),
      }),
    ]);
    for (const text of ['', '  ', '待定']) {
      expect(checkGuideForPublishing(offering({ text, ...settings })).map((f) => f.field)).toEqual([
        'commitment.text',
      ]);
    }
  });

  it('accepts it with the text, and a guide that offers no 告知承诺 at all', () => {
    expect(
      checkGuideForPublishing(offering({ text: '本人承诺所提交的平面布局图真实有效。', ...settings })),
    ).toEqual([]);
    expect(checkGuideForPublishing(buildGuide())).toEqual([]);
  });

  it('refuses an item-level commitment with an empty text', () => {
    expect(checkGuideForPublishing(buildGuide({ commitment: { text: '', ...settings } }))).toEqual([
      expect.objectContaining({ field: 'commitment.text', message: '设置了告知承诺，但承诺书内容为空' }),
    ]);
  });
});
