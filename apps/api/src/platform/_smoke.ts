import { writeFileSync } from 'node:fs';
import { renderGuideNotice } from '../modules/catalog/catalog-pdf.ts';
import { foodLicenceGuide } from './_fixture.ts';
import { warmUpPdf } from './pdf.ts';
let t = performance.now();
await warmUpPdf();
console.log('warm', (performance.now() - t).toFixed(0));
const meta = { orgName: '呼和浩特市新城区市场监督管理局', regionName: '呼和浩特市新城区', versionNo: 3, publishedAt: '2026-01-05', implementationCode: '11150102MB1234567X4000127001000', lookupUrl: 'https://msb.example.gov.cn/g/1', demo: true };
for (let i = 0; i < 5; i++) {
  t = performance.now();
  const b = await renderGuideNotice(foodLicenceGuide(), meta);
  console.log(b.length, (performance.now() - t).toFixed(0));
  writeFileSync('/tmp/scratch/notice.pdf', b);
}
