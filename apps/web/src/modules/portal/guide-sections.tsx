// The order of a guide's sections, shared by the guide page and its print layout.
import type { ReactNode } from 'react';
import { t } from '../../app/i18n.ts';
import type { ItemView } from '../shared/public-api.ts';
import { GuideBasicInfo } from './guide-basic-info.tsx';
import {
  GuideContacts,
  GuideDelivery,
  GuideFaqs,
  GuideFees,
  GuideHours,
  GuideIntermediaries,
  GuideLocation,
  GuideResult,
  GuideSpecialProcedures,
  GuideText,
} from './guide-details.tsx';
import { GuideMaterials, MaterialsTable } from './guide-materials.tsx';
import { GuideProcess } from './guide-process.tsx';

export type GuideSection = { id: string; title: string; body: ReactNode };

type Mode = { simple: boolean; print: boolean };

export function guideSections(item: ItemView, { simple, print }: Mode): GuideSection[] {
  const { guide } = item;
  return [
    {
      id: 'basic',
      title: t('guide.section.basic'),
      body: <GuideBasicInfo item={item} columns={simple || print ? 1 : 2} />,
    },
    { id: 'conditions', title: t('guide.section.conditions'), body: <GuideText text={guide.conditions} /> },
    {
      id: 'materials',
      title: t('guide.section.materials'),
      body: print ? (
        <MaterialsTable materials={guide.materials} print />
      ) : (
        <GuideMaterials guide={guide} simple={simple} />
      ),
    },
    { id: 'process', title: t('guide.section.process'), body: <GuideProcess steps={guide.steps} /> },
    { id: 'fees', title: t('guide.section.fees'), body: <GuideFees fees={guide.fees} /> },
    {
      id: 'special',
      title: t('guide.section.special'),
      body: <GuideSpecialProcedures procedures={guide.specialProcedures} />,
    },
    {
      id: 'intermediaries',
      title: t('guide.section.intermediaries'),
      body: <GuideIntermediaries intermediaries={guide.intermediaries} />,
    },
    { id: 'location', title: t('guide.section.location'), body: <GuideLocation location={guide.location} /> },
    { id: 'hours', title: t('guide.section.hours'), body: <GuideHours guide={guide} /> },
    { id: 'contacts', title: t('guide.section.contacts'), body: <GuideContacts item={item} /> },
    { id: 'result', title: t('guide.section.result'), body: <GuideResult result={guide.result} /> },
    { id: 'delivery', title: t('guide.section.delivery'), body: <GuideDelivery delivery={guide.delivery} /> },
    { id: 'basis', title: t('guide.section.basis'), body: <GuideText text={guide.basis} /> },
    { id: 'faqs', title: t('guide.section.faqs'), body: <GuideFaqs faqs={guide.faqs} expanded={print} /> },
  ];
}

export function GuideSectionView({ section }: { section: GuideSection }) {
  return (
    <section
      id={`guide-${section.id}`}
      aria-labelledby={`guide-${section.id}-title`}
      className="portal-guide-section"
    >
      <h2 id={`guide-${section.id}-title`} className="portal-section-title">
        {section.title}
      </h2>
      {section.body}
    </section>
  );
}
