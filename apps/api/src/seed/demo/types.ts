// Shapes of the demo service catalogue (示例数据). The loader labels every org and
// implementation 示例; nothing here is real contact data (streets are 示例路 / 示例大街,
// local numbers start with 0000, credit codes carry a 'D' in the subject code).
import type { BundleDefinition, BundleMember, Guide, ItemType, TimeLimit } from '@msb/contracts';

export type OrgKind = 'government_department' | 'service_centre' | 'public_utility';

export type DemoOrg = {
  /** stable short key used by the seed, e.g. "hlbe-fgw" */
  key: string;
  name: string;
  kind: OrgKind;
  /** 12-digit statistical division code (reference/regions-inner-mongolia.csv) */
  regionCode: string;
  /** 统一社会信用代码 (GB 32100), demo: '11'/'12'/'91' + region6 + 'D' + 8 digits + check char */
  creditCode: string;
  phone: string;
  address: string;
};

export type DemoImplementation = {
  orgKey: string;
  regionCode: string;
  /** 实施编码: the implementing body's credit code + base code + business-item number */
  code: string;
  /** demo monthly application volume, used for ranking */
  popularity: number;
  guide: Guide;
  status?: 'published' | 'draft';
  /** 示例缺陷：… — a deliberately flawed guide, so the scorecard has findings */
  flaw?: string;
};

export type DemoItem = {
  baseCode: string;
  baseName: string;
  itemType: ItemType;
  basis: string;
  competentDept: string;
  implementations: DemoImplementation[];
};

export type WindowCategory = Guide['windowCategory'];

/** Where one base item is implemented; everything else comes from the template (三级N同). */
export type ImplSpec = {
  org: string;
  popularity: number;
  /** a region may promise less time than the template; never more than the legal limit */
  promisedLimit?: TimeLimit;
};

/** A base item with the guide elements shared by every level; location and contacts are per region. */
export type ItemTemplate = Omit<
  Guide,
  'name' | 'location' | 'hours' | 'hoursNote' | 'consultPhone' | 'complaintPhone'
> & {
  baseName: string;
  /** 主管部门 (the line ministry's local counterpart), e.g. 发展和改革部门 */
  competentDept: string;
  at: ImplSpec[];
};

/** A member of a demo bundle: the base item as implemented by the org `orgKey` in the bundle's region. */
export type DemoBundleMember = Omit<BundleMember, 'implementationId'> & { baseCode: string; orgKey: string };

/**
 * A 一件事 of the demo catalogue in one region. The loader resolves `leadOrgKey` and each member's
 * (baseCode, orgKey) to ids, and labels the bundle 示例; names and summaries here are the real wording.
 */
export type DemoBundle = {
  /** stable code, e.g. DEMO-KDL-BIRTH */
  code: string;
  regionCode: string;
  /** 牵头部门 */
  leadOrgKey: string;
  definition: Omit<BundleDefinition, 'leadOrgId' | 'members'> & { members: DemoBundleMember[] };
};
