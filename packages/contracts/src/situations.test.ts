import { describe, expect, it } from 'vitest';
import type { Guide } from './guide.ts';
import { applicableMaterials, requiredMaterials } from './situations.ts';

const material = (id: string, requirement: 'required' | 'conditional' | 'optional', whenOptions?: string[]) =>
  ({ id, name: id, requirement, ...(whenOptions ? { whenOptions } : {}) }) as Guide['materials'][number];

const guide = {
  situations: [
    {
      id: 'who',
      question: '谁办理',
      multiple: false,
      options: [
        { id: 'self', label: '本人' },
        { id: 'agent', label: '委托他人' },
      ],
    },
  ],
  materials: [
    material('id-card', 'required'),
    material('letter', 'conditional', ['agent']),
    material('photo', 'optional'),
  ],
} as unknown as Guide;

describe('materials by situation', () => {
  it('lists a conditional material while its question is unanswered, but does not require it', () => {
    expect(applicableMaterials(guide, {}).map((m) => m.id)).toEqual(['id-card', 'letter', 'photo']);
    expect(requiredMaterials(guide, {}).map((m) => m.id)).toEqual(['id-card']);
  });

  it('requires a conditional material once its option is chosen, and drops it for other answers', () => {
    expect(requiredMaterials(guide, { who: ['agent'] }).map((m) => m.id)).toEqual(['id-card', 'letter']);
    expect(applicableMaterials(guide, { who: ['self'] }).map((m) => m.id)).toEqual(['id-card', 'photo']);
    expect(requiredMaterials(guide, { who: ['self'] }).map((m) => m.id)).toEqual(['id-card']);
  });
});
