// The demo service catalogue (示例数据): departments and service-item implementations with complete
// guides for 呼伦贝尔市, 包头市昆都仑区, 包头稀土高新区 and 鄂尔多斯市乌审旗. The loader labels all of it 示例.
import { applyFlaws } from './flaws.ts';
import { afterDeathItems } from './items/after-death.ts';
import { birthItems } from './items/birth.ts';
import { businessItems } from './items/business.ts';
import { businessPermitItems } from './items/business-permits.ts';
import { constructionItems } from './items/construction.ts';
import { enterpriseOpeningItems } from './items/enterprise-opening.ts';
import { investmentApprovalItems } from './items/investment-approval.ts';
import { investmentEnvItems } from './items/investment-env.ts';
import { investmentLandItems } from './items/investment-land.ts';
import { investmentResourceItems } from './items/investment-resources.ts';
import { livelihoodItems } from './items/livelihood.ts';
import { realEstateItems } from './items/real-estate.ts';
import { retirementItems } from './items/retirement.ts';
import { utilityItems } from './items/utilities.ts';
import type { DemoItem } from './types.ts';

export { demoBaseCodes } from './base-codes.ts';
export { demoBundles } from './bundles.ts';
export { FLAW_NO_FORMS, FLAW_PREFIX } from './flaws.ts';
export { demoOrgs } from './orgs.ts';
export { demoRegions } from './regions.ts';
export type { DemoBundle, DemoBundleMember, DemoImplementation, DemoItem, DemoOrg } from './types.ts';

export const demoItems: DemoItem[] = applyFlaws([
  ...investmentApprovalItems,
  ...investmentLandItems,
  ...constructionItems,
  ...investmentEnvItems,
  ...investmentResourceItems,
  ...businessItems,
  ...businessPermitItems,
  ...enterpriseOpeningItems,
  ...livelihoodItems,
  ...realEstateItems,
  ...birthItems,
  ...retirementItems,
  ...afterDeathItems,
  ...utilityItems,
]);
