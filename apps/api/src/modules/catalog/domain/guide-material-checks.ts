// seed 002 附件 指标18–20 (申请材料) and 23–24 (表格及样表下载), one function per indicator.
import { type Guide, labelPath, MATERIAL_MEDIA, type Material } from '@msb/contracts';
import { type Finding, makeFinding } from './finding.ts';
import { isBlankOrPlaceholder, isOneOf } from './text-checks.ts';

type MaterialCheck = (guide: Guide, material: Material, field: string) => Finding[];

function eachMaterial(guide: Guide, check: MaterialCheck): Finding[] {
  return guide.materials.flatMap((material, i) => check(guide, material, `materials.${i}`));
}

// 指标18: 明确注明该事项受理所需材料的来源或材料的出具部门，如【材料名称:户籍证明;出具单位:户口所在地派出所】。
export function checkMaterialIssuers(guide: Guide): Finding[] {
  return eachMaterial(guide, (g, material, field) => {
    if (!isBlankOrPlaceholder(material.issuer)) return [];
    return [
      makeFinding(
        `${field}.issuer`,
        `${labelPath(field, g)}未注明材料来源或出具单位`,
        '写明出具单位，如“户口所在地派出所”；申请人自备的填“申请人”',
        18,
      ),
    ];
  });
}

// 指标19: 明确注明该事项受理所需材料的份数. Paper has to come in at least one original, copy or
// certified copy; an electronic-only material has no paper count.
export function checkMaterialCounts(guide: Guide): Finding[] {
  return eachMaterial(guide, (g, material, field) => {
    if (material.media === 'electronic') return [];
    if (material.originals + material.copies + material.certifiedCopies >= 1) return [];
    return [
      makeFinding(
        `${field}.originals`,
        `${labelPath(field, g)}为纸质材料，但原件、复印件、核验件份数均为 0`,
        '填写需要提交的原件、复印件或核验件份数；只收电子材料的，把材料形式改为“电子”',
        19,
      ),
    ];
  });
}

// 指标20: 明确注明材料的类型和介质要求，如【材料形式：纸质、电子、纸质和电子】。
export function checkMaterialMedia(guide: Guide): Finding[] {
  return eachMaterial(guide, (g, material, field) => {
    if (isOneOf(MATERIAL_MEDIA, material.media)) return [];
    return [
      makeFinding(
        `${field}.media`,
        `${labelPath(field, g)}未注明材料形式`,
        '选择“纸质”“电子”或“纸质和电子”',
        20,
      ),
    ];
  });
}

// 指标23: 需要申请人填写的表格 100% 提供空白电子表格下载服务。
export function checkBlankForms(guide: Guide): Finding[] {
  return eachMaterial(guide, (g, material, field) => {
    if (!material.isForm || material.blankForm !== undefined) return [];
    return [
      makeFinding(
        `${field}.blankForm`,
        `${labelPath(field, g)}是需填写的表格，但未提供空白表格`,
        '上传可下载的空白电子表格',
        23,
      ),
    ];
  });
}

// 指标24: 需要申请人填写的表格 100% 提供示范性电子样表下载服务。
export function checkSampleForms(guide: Guide): Finding[] {
  return eachMaterial(guide, (g, material, field) => {
    if (!material.isForm || material.sampleForm !== undefined) return [];
    return [
      makeFinding(
        `${field}.sampleForm`,
        `${labelPath(field, g)}是需填写的表格，但未提供示范样表`,
        '上传填写好的示范性电子样表',
        24,
      ),
    ];
  });
}
