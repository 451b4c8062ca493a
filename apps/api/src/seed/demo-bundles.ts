// Loads the demo bundles (示例) through the same use cases catalogue staff use — create, submit for review,
// publish — so every demo bundle has passed the publishing checks (no cycles, members published, the joint
// handling limit of 行政许可法 第四十二条第二款).

import {
  createBundle,
  publishBundleVersion,
  submitBundleVersion,
} from '../modules/bundles/bundle-definitions.service.ts';
import type { Actor } from '../platform/access.ts';
import type { Deps } from '../platform/deps.ts';
import { demoBundles } from './demo/index.ts';

/** `implementationIds`: `${baseCode}|${orgKey}` → implementation id, as the catalogue loader created them. */
export async function loadDemoBundles(
  deps: Deps,
  actor: Actor,
  orgIds: ReadonlyMap<string, string>,
  implementationIds: ReadonlyMap<string, string>,
): Promise<number> {
  for (const b of demoBundles) {
    const leadOrgId = orgIds.get(b.leadOrgKey);
    if (!leadOrgId) throw new Error(`示例一件事 ${b.code} 的牵头部门 ${b.leadOrgKey} 不存在`);
    const members = b.definition.members.map(({ baseCode, orgKey, ...member }) => {
      const implementationId = implementationIds.get(`${baseCode}|${orgKey}`);
      if (!implementationId) throw new Error(`示例一件事 ${b.code} 的成员 ${baseCode}@${orgKey} 不存在`);
      return { ...member, implementationId };
    });
    const { version } = await createBundle(deps, actor, {
      code: b.code,
      regionCode: b.regionCode,
      definition: { ...b.definition, leadOrgId, members },
      isDemo: true,
    });
    await submitBundleVersion(deps, actor, version.id);
    await publishBundleVersion(deps, actor, version.id, '示例数据初始化');
  }
  return demoBundles.length;
}
