// The whole Guide as one antd Form, one tab per group of elements. Every tab is rendered (forceRender)
// so validation covers the fields the editor has not opened.
import type { Guide } from '@msb/contracts';
import { Badge, Form, type FormInstance, Tabs } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { type MessageKey, t } from '../../../app/i18n.ts';
import { type GuideFormValues, toFormValues } from './guide-form-values.ts';
import { SECTION_KEYS, type SectionKey } from './guide-labels.ts';
import { BasicSection, LimitsSection, LocationSection } from './section-basic.tsx';
import { FeesSection } from './section-fees.tsx';
import { MaterialsSection } from './section-materials.tsx';
import {
  AudienceSection,
  ChannelsSection,
  FaqsSection,
  IntermediariesSection,
  KeywordsSection,
  ResultSection,
  SpecialProceduresSection,
} from './section-more.tsx';
import { SituationsSection, StepsSection } from './section-process.tsx';

const SECTIONS: Record<SectionKey, () => ReactNode> = {
  basic: BasicSection,
  limits: LimitsSection,
  location: LocationSection,
  materials: MaterialsSection,
  situations: SituationsSection,
  steps: StepsSection,
  fees: FeesSection,
  special: SpecialProceduresSection,
  intermediaries: IntermediariesSection,
  result: ResultSection,
  channels: ChannelsSection,
  audience: AudienceSection,
  faqs: FaqsSection,
  keywords: KeywordsSection,
};

export const sectionTitle = (key: SectionKey) => t(`admin.section.${key}` as MessageKey);

interface GuideFormProps {
  form: FormInstance<GuideFormValues>;
  guide: Guide;
  readOnly: boolean;
  activeSection: SectionKey;
  onSectionChange: (key: SectionKey) => void;
  /** findings from the server per tab, shown as a count on the tab */
  findingCounts: Partial<Record<SectionKey, number>>;
}

export function GuideForm({
  form,
  guide,
  readOnly,
  activeSection,
  onSectionChange,
  findingCounts,
}: GuideFormProps) {
  const initialValues = useMemo(() => toFormValues(guide), [guide]);
  return (
    <Form<GuideFormValues>
      form={form}
      name="guide"
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly}
      aria-label={t('admin.editor.formLabel')}
    >
      <Tabs
        tabPlacement="start"
        activeKey={activeSection}
        onChange={(key) => onSectionChange(key as SectionKey)}
        items={SECTION_KEYS.map((key) => {
          const Section = SECTIONS[key];
          const count = findingCounts[key] ?? 0;
          return {
            key,
            forceRender: true,
            label: (
              <span>
                {sectionTitle(key)}
                {count > 0 ? (
                  <Badge
                    count={count}
                    style={{ marginInlineStart: 6, background: '#a8071a' }}
                    title={t('admin.editor.findingCount', { n: count })}
                  />
                ) : null}
              </span>
            ),
            children: (
              <section aria-label={sectionTitle(key)} style={{ maxWidth: 960 }}>
                <Section />
              </section>
            ),
          };
        })}
      />
    </Form>
  );
}
