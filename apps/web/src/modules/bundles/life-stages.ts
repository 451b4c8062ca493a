// The 一件事 list by life stage: 出生 … 身后 for persons, 开办 … 注销 for enterprises (国办发〔2025〕24号).
import {
  type BundleAudience,
  type BundleSummaryView,
  ENTERPRISE_LIFE_STAGES,
  LIFE_STAGE_LABELS,
  type LifeStage,
  PERSON_LIFE_STAGES,
} from '@msb/contracts';

export interface LifeStageGroup {
  stage: LifeStage;
  label: string;
  bundles: BundleSummaryView[];
}

/** The bundles of one audience under its life stages, in the order of a life (出生 … 身后, 开办 … 注销). */
export function groupByLifeStage(
  bundles: readonly BundleSummaryView[],
  audience: BundleAudience,
): LifeStageGroup[] {
  const stages: readonly LifeStage[] = audience === 'person' ? PERSON_LIFE_STAGES : ENTERPRISE_LIFE_STAGES;
  return stages.flatMap((stage) => {
    const list = bundles.filter((b) => b.audience === audience && b.lifeStage === stage);
    return list.length > 0 ? [{ stage, label: LIFE_STAGE_LABELS[stage], bundles: list }] : [];
  });
}
