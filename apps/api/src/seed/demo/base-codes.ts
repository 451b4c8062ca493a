// Base codes of the demo items the one-thing bundles (一件事) are built from (bundles.ts), by role.
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
