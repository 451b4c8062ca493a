// Demo departments, service centres and utilities of the four demo regions. Names follow the seeds
// (000: 包头稀土高新区 units incl. 供电局、供水公司、燃气公司; 002: 呼伦贝尔市 departments of the
// 帮您办 annexes and the 掌上办 annex 2). Every contact datum is demo: streets named 示例大街/示例路,
// local numbers starting with 0000 (no real local number does), and credit codes whose subject code
// starts with 'D' and whose check character is computed (GB 32100) by completeCreditCode.
import { completeCreditCode } from '@msb/contracts';
import { demoRegions, type RegionKey } from './regions.ts';
import type { DemoOrg, OrgKind } from './types.ts';

export type { DemoOrg } from './types.ts';

/** 登记管理部门代码 + 机构类别代码: 11 机关, 12 事业单位 (机构编制); 91 企业 (市场监管). */
type OrgClass = '11' | '12' | '91';

type OrgRow = [key: string, name: string, kind: OrgKind, cls: OrgClass];

const rows: Record<RegionKey, OrgRow[]> = {
  hlbe: [
    ['hlbe-zwfwj', '呼伦贝尔市政务服务局', 'government_department', '11'],
    ['hlbe-zwfwzx', '呼伦贝尔市政务服务中心', 'service_centre', '12'],
    ['hlbe-fgw', '呼伦贝尔市发展和改革委员会', 'government_department', '11'],
    ['hlbe-gxj', '呼伦贝尔市工业和信息化局', 'government_department', '11'],
    ['hlbe-zrzy', '呼伦贝尔市自然资源局', 'government_department', '11'],
    ['hlbe-sthj', '呼伦贝尔市生态环境局', 'government_department', '11'],
    ['hlbe-zjj', '呼伦贝尔市住房和城乡建设局', 'government_department', '11'],
    ['hlbe-jtj', '呼伦贝尔市交通运输局', 'government_department', '11'],
    ['hlbe-slj', '呼伦贝尔市水利局', 'government_department', '11'],
    ['hlbe-yjj', '呼伦贝尔市应急管理局', 'government_department', '11'],
    ['hlbe-lcj', '呼伦贝尔市林业和草原局', 'government_department', '11'],
    ['hlbe-gaj', '呼伦贝尔市公安局', 'government_department', '11'],
    ['hlbe-mzj', '呼伦贝尔市民政局', 'government_department', '11'],
    ['hlbe-wjw', '呼伦贝尔市卫生健康委员会', 'government_department', '11'],
    ['hlbe-rsj', '呼伦贝尔市人力资源和社会保障局', 'government_department', '11'],
    ['hlbe-ybj', '呼伦贝尔市医疗保障局', 'government_department', '11'],
    ['hlbe-scjg', '呼伦贝尔市市场监督管理局', 'government_department', '11'],
    ['hlbe-gjj', '呼伦贝尔市住房公积金管理中心', 'government_department', '12'],
    ['hlbe-xfzd', '呼伦贝尔市消防救援支队', 'government_department', '11'],
    ['hlbe-cgj', '呼伦贝尔市城市管理综合行政执法局', 'government_department', '11'],
    ['hlbe-swj', '国家税务总局呼伦贝尔市税务局', 'government_department', '11'],
  ],
  kdl: [
    ['kdl-zwfwj', '包头市昆都仑区政务服务局', 'government_department', '11'],
    ['kdl-zwfwzx', '包头市昆都仑区政务服务中心', 'service_centre', '12'],
    ['kdl-fgw', '包头市昆都仑区发展和改革委员会', 'government_department', '11'],
    ['kdl-zjj', '包头市昆都仑区住房和城乡建设局', 'government_department', '11'],
    ['kdl-scjg', '包头市昆都仑区市场监督管理局', 'government_department', '11'],
    ['kdl-wjw', '包头市昆都仑区卫生健康委员会', 'government_department', '11'],
    ['kdl-gafj', '包头市公安局昆都仑区分局', 'government_department', '11'],
    ['kdl-rsj', '包头市昆都仑区人力资源和社会保障局', 'government_department', '11'],
    ['kdl-ybj', '包头市昆都仑区医疗保障局', 'government_department', '11'],
    ['kdl-mzj', '包头市昆都仑区民政局', 'government_department', '11'],
    ['kdl-cgj', '包头市昆都仑区城市管理综合执法局', 'government_department', '11'],
    ['kdl-xfdd', '包头市昆都仑区消防救援大队', 'government_department', '11'],
    ['kdl-swj', '国家税务总局包头市昆都仑区税务局', 'government_department', '11'],
    ['kdl-gjj', '包头市住房公积金管理中心昆都仑区管理部', 'government_department', '12'],
  ],
  xt: [
    ['xt-zwgkb', '包头稀土高新区政务公开办', 'government_department', '11'],
    ['xt-zwfwzx', '包头稀土高新区政务服务中心', 'service_centre', '12'],
    ['xt-zzrsb', '包头稀土高新区组织人社部', 'government_department', '11'],
    ['xt-jjfzj', '包头稀土高新区经济发展局', 'government_department', '11'],
    ['xt-czj', '包头稀土高新区财政局', 'government_department', '11'],
    ['xt-jshbj', '包头稀土高新区建设环保局', 'government_department', '11'],
    ['xt-shswj', '包头稀土高新区社会事务局', 'government_department', '11'],
    ['xt-jyj', '包头稀土高新区教育局', 'government_department', '11'],
    ['xt-sygsj', '包头稀土高新区食药工商局', 'government_department', '11'],
    ['xt-nlmsj', '包头稀土高新区农牧林水局', 'government_department', '11'],
    ['xt-gafj', '包头市公安局稀土高新区分局', 'government_department', '11'],
    ['xt-swj', '国家税务总局包头稀土高新技术产业开发区税务局', 'government_department', '11'],
    ['xt-xfdd', '包头稀土高新区消防救援大队', 'government_department', '11'],
    ['xt-gjj', '包头市住房公积金管理中心稀土高新区管理部', 'government_department', '12'],
    ['xt-gdj', '包头稀土高新区供电局', 'public_utility', '91'],
    ['xt-gsgs', '包头稀土高新区供水公司', 'public_utility', '91'],
    ['xt-rqgs', '包头稀土高新区燃气公司', 'public_utility', '91'],
  ],
  wsq: [
    ['wsq-zwfwj', '乌审旗政务服务局', 'government_department', '11'],
    ['wsq-zwfwzx', '乌审旗政务服务中心', 'service_centre', '12'],
    ['wsq-fgw', '乌审旗发展和改革委员会', 'government_department', '11'],
    ['wsq-zrzy', '乌审旗自然资源局', 'government_department', '11'],
    ['wsq-sthj', '鄂尔多斯市生态环境局乌审旗分局', 'government_department', '11'],
    ['wsq-zjj', '乌审旗住房和城乡建设局', 'government_department', '11'],
    ['wsq-jtj', '乌审旗交通运输局', 'government_department', '11'],
    ['wsq-slj', '乌审旗水利局', 'government_department', '11'],
    ['wsq-lcj', '乌审旗林业和草原局', 'government_department', '11'],
    ['wsq-scjg', '乌审旗市场监督管理局', 'government_department', '11'],
    ['wsq-gaj', '乌审旗公安局', 'government_department', '11'],
    ['wsq-mzj', '乌审旗民政局', 'government_department', '11'],
    ['wsq-wjw', '乌审旗卫生健康委员会', 'government_department', '11'],
    ['wsq-rsj', '乌审旗人力资源和社会保障局', 'government_department', '11'],
    ['wsq-ybj', '乌审旗医疗保障局', 'government_department', '11'],
    ['wsq-xfdd', '乌审旗消防救援大队', 'government_department', '11'],
    ['wsq-swj', '国家税务总局乌审旗税务局', 'government_department', '11'],
    ['wsq-gjj', '鄂尔多斯市住房公积金管理中心乌审旗管理部', 'government_department', '12'],
    ['wsq-cgj', '乌审旗城市管理综合行政执法局', 'government_department', '11'],
  ],
};

function buildOrgs(): DemoOrg[] {
  const orgs: DemoOrg[] = [];
  let seq = 0;
  for (const region of demoRegions) {
    const region6 = region.code.slice(0, 6);
    rows[region.key].forEach(([key, name, kind, cls], i) => {
      seq += 1;
      // first 17 = 登记管理部门 + 机构类别 + region6 + 'D' (demo) + 8-digit sequence
      const first17 = `${cls}${region6}D${String(seq).padStart(8, '0')}`;
      // the service centre sits in the hall; the others on the same demo street, two doors apart
      const door = kind === 'service_centre' ? region.hallNo : region.hallNo + 2 * (i + 1);
      orgs.push({
        key,
        name,
        kind,
        regionCode: region.code,
        creditCode: completeCreditCode(first17),
        // 0000 + 3 digits: hlbe 1xx, kdl 2xx, xt 3xx, wsq 4xx
        phone: `${region.areaCode}-0000${100 * (regionOffset(region.key) + 1) + 1 + i}`,
        address: `${region.street}${door}号`,
      });
    });
  }
  return orgs;
}

function regionOffset(key: RegionKey): number {
  return { hlbe: 0, kdl: 1, xt: 2, wsq: 3 }[key];
}

export const demoOrgs: DemoOrg[] = buildOrgs();

export function orgByKey(key: string): DemoOrg {
  const org = demoOrgs.find((o) => o.key === key);
  if (!org) throw new Error(`demo org ${key} is not defined`);
  return org;
}
