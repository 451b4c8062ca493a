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

export { FLAW_NO_FORMS, FLAW_PREFIX } from './flaws.ts';
export { demoOrgs } from './orgs.ts';
export { demoRegions } from './regions.ts';
export type { DemoImplementation, DemoItem, DemoOrg } from './types.ts';

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

/** Base codes of the items the one-thing bundles (一件事) are built from. */
export const demoBaseCodes = {
  // 企业开办 / 企业信息变更 / 企业注销
  businessSetup: '0100901001',
  businessChange: '0100901002',
  businessCancel: '0100901003',
  sealFiling: 'BA00101000',
  invoiceApplication: '1000201000',
  unitSocialInsurance: '2000101000',
  unitHousingFund: '2000201000',
  // 开办餐饮店
  foodBusinessLicence: '0100902001',
  fireSafetyInspection: '0101001000',
  outdoorSign: '0101101000',
  // 新生儿出生
  birthMedicalCertificate: '2000401001',
  birthRegistration: '0700601001',
  socialSecurityCard: '2000102000',
  residentMedicalInsurance: '2000501000',
  // 退休
  retirement: '2000103000',
  retirementHousingFundWithdrawal: '2000202002',
  // 公民身后
  deathMedicalCertificate: '2000401002',
  deathDeregistration: '0700601002',
  funeralGrant: '0500101000',
  // 二手房过户 + 水电气过户
  propertyTransfer: '0700501002',
  electricityTransfer: '2000601001',
  waterTransfer: '2000601002',
  gasTransfer: '2000601003',
  // 投资项目 (帮您办)
  enterpriseProjectFiling: '1000104000',
  enterpriseProjectApproval: '0100101000',
  constructionPermit: '0100301000',
} as const;
