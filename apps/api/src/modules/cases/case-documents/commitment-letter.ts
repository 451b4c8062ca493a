// 告知承诺书 as signed: the item's commitment text word for word, the materials it stands in for, the 事后核查
// the applicant agrees to, and the signature (typed full name, and the drawn one when given). Rendered once
// at signing and kept in the file store, so what the applicant signed never changes afterwards.
// seed 001: 明确承诺内容、法律责任、监管细则.
import { COLORS, createChineseDocument } from '../../../platform/pdf.ts';
import { formatChineseDateTime, INDENT, LABEL_WIDTH } from './layout.ts';

export interface CommitmentLetterInput {
  itemName: string;
  departmentName: string;
  /** already masked where personal */
  applicantName: string;
  applicantIdMasked?: string;
  caseNumber?: string;
  text: string;
  /** names of the materials the commitment stands in for; empty: the item's conditions */
  materials: readonly string[];
  verifyWithinWorkdays: number;
  signerName: string;
  /** 申请人 / 委托代理人 / 窗口代录 */
  signerRoleLabel: string;
  /** ISO instant */
  signedAt: string;
  /** the drawn signature, already checked to be a small PNG */
  signaturePng?: Uint8Array;
  /** SHA-256 of the commitment text, printed so a copy can be matched to the text signed */
  textSha256: string;
}

export const COMMITMENT_TITLE = '告知承诺书';

export async function renderCommitmentLetter(input: CommitmentLetterInput): Promise<Uint8Array> {
  const signed = formatChineseDateTime(input.signedAt);
  const w = await createChineseDocument({
    title: COMMITMENT_TITLE,
    date: new Date(input.signedAt),
    footerNote: `${input.caseNumber ? `办件编号 ${input.caseNumber}　` : ''}签署于 ${signed}`,
    footerColor: COLORS.muted,
  });
  w.title(COMMITMENT_TITLE);
  w.space(4);
  const header: [string, string][] = [
    ['申请事项', input.itemName],
    ['实施部门', input.departmentName],
    ['申请人', input.applicantName],
  ];
  if (input.applicantIdMasked) header.push(['证件号码', input.applicantIdMasked]);
  if (input.caseNumber) header.push(['办件编号', input.caseNumber]);
  w.keyValues(header, { labelWidth: LABEL_WIDTH });
  w.heading('承诺内容');
  for (const line of input.text.split(/\r?\n/).filter((l) => l.trim() !== '')) {
    w.paragraph(`${INDENT}${line.trim()}`);
  }
  w.heading('以承诺代替的材料');
  if (input.materials.length === 0) w.paragraph(`${INDENT}本事项以承诺代替受理条件的证明材料。`);
  input.materials.forEach((name, i) => {
    w.paragraph(`${INDENT}${i + 1}. ${name}`);
  });
  w.heading('事后核查');
  w.paragraph(
    `${INDENT}本机关依据本承诺作出决定，并在作出决定后 ${input.verifyWithinWorkdays} 个工作日内对承诺内容进行核查。经核查承诺不实的，本机关撤销所作决定，并记录申请人违背承诺的信用记录。`,
  );
  w.heading('签署');
  w.keyValues(
    [
      ['签署人', input.signerName],
      ['签署身份', input.signerRoleLabel],
      ['签署时间', signed],
    ],
    { labelWidth: LABEL_WIDTH },
  );
  if (input.signaturePng) {
    w.paragraph('手写签名：', { color: COLORS.muted });
    await w.image(input.signaturePng, { width: 160, maxHeight: 70 });
  }
  w.space(6);
  w.paragraph(`承诺书文本摘要（SHA-256）：${input.textSha256}`, { size: 8, color: COLORS.muted });
  return w.save();
}
