// 容缺受理 at acceptance: the materials the checklist leaves out that the guide allows to follow later, each
// with the due period the clerk sets (working days; blank keeps the item's own period). The server checks
// the list again (missingMaterials of accept) and answers with the due dates from the working calendar.
import { Alert, InputNumber, Space, Typography } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { ChecklistGap, ChecklistRow } from '../checklist.ts';

export function MissingDuePanel({
  rows,
  deferred,
  onChange,
  disabled,
}: {
  rows: readonly ChecklistRow[];
  deferred: readonly ChecklistGap[];
  onChange: (rows: ChecklistRow[]) => void;
  disabled?: boolean;
}) {
  const setDue = (materialId: string, value: number | null) =>
    onChange(
      rows.map((row) => {
        if (row.materialId !== materialId) return row;
        const { dueWorkdays: _, ...rest } = row;
        return value === null ? rest : { ...rest, dueWorkdays: value };
      }),
    );
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginTop: 12 }}
      title={t('obligation.intake.title')}
      description={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('obligation.intake.help')}</Typography.Text>
          {deferred.map((gap) => {
            const row = rows.find((r) => r.materialId === gap.materialId);
            return (
              <Space key={gap.materialId} wrap>
                <span>{gap.name}</span>
                <InputNumber
                  min={1}
                  max={60}
                  precision={0}
                  value={row?.dueWorkdays ?? null}
                  placeholder={t('obligation.intake.dueDefault')}
                  disabled={disabled}
                  aria-label={t('obligation.intake.dueOf', { name: gap.name })}
                  onChange={(value) => setDue(gap.materialId, value)}
                  style={{ width: 140 }}
                />
                <Typography.Text type="secondary">{t('obligation.intake.due')}</Typography.Text>
              </Space>
            );
          })}
        </Space>
      }
    />
  );
}
