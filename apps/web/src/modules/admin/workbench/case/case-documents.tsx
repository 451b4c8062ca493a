// 打印: the case's notices as PDFs (受理凭证, 一次性告知书, 不予受理通知书, 决定书), each opening in a new tab
// where the browser prints it.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { CaseDocumentView } from '../../../cases/case-api.ts';

export function DocumentButtons({
  documents,
  only,
}: {
  documents: readonly CaseDocumentView[];
  /** show just these kinds (the notice an intake decision has just produced) */
  only?: readonly CaseDocumentView['kind'][];
}) {
  const shown = only ? documents.filter((d) => only.includes(d.kind)) : documents;
  if (shown.length === 0)
    return <Typography.Text type="secondary">{t('admin.work.documents.none')}</Typography.Text>;
  return (
    <Space wrap>
      {shown.map((doc) => (
        <Button
          key={doc.kind}
          href={doc.url}
          target="_blank"
          rel="noopener"
          icon={<PrinterOutlined aria-hidden />}
        >
          {t('admin.work.documents.print', { name: doc.label })}
        </Button>
      ))}
    </Space>
  );
}
