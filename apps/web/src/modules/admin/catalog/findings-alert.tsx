// The server's 422 findings (details.fields: field, message, fix) as a list beside the form; each entry
// takes the editor to the tab and field it is about.
import { Alert, Button } from 'antd';
import { t } from '../../../app/i18n.ts';
import { labelFieldPath } from '../guide-form/guide-labels.ts';

export interface FieldFinding {
  field: string;
  message: string;
  fix?: string;
}

/** details.fields of an ApiError, when the server sent them. */
export function findingsOf(details: unknown): FieldFinding[] {
  if (typeof details !== 'object' || details === null) return [];
  const fields: unknown = Reflect.get(details, 'fields');
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const field: unknown = Reflect.get(entry, 'field');
    const message: unknown = Reflect.get(entry, 'message');
    const fix: unknown = Reflect.get(entry, 'fix');
    if (typeof message !== 'string') return [];
    return [
      { field: typeof field === 'string' ? field : '', message, ...(typeof fix === 'string' ? { fix } : {}) },
    ];
  });
}

interface FindingsAlertProps {
  title: string;
  findings: FieldFinding[];
  guide?: unknown;
  onPick: (finding: FieldFinding) => void;
  onClose: () => void;
}

export function FindingsAlert({ title, findings, guide, onPick, onClose }: FindingsAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={{ onClose, 'aria-label': t('admin.common.close') }}
      style={{ marginBottom: 16 }}
      title={title}
      description={
        findings.length > 0 ? (
          <ol
            style={{ margin: '8px 0 0', paddingInlineStart: 20 }}
            aria-label={t('admin.findings.listLabel')}
          >
            {findings.map((finding) => (
              <li key={`${finding.field}:${finding.message}`} style={{ marginBottom: 6 }}>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  onClick={() => onPick(finding)}
                >
                  {finding.field ? labelFieldPath(finding.field, guide) : t('admin.field.guide')}
                </Button>
                {t('admin.findings.sep')}
                <span>{finding.message}</span>
                {finding.fix ? (
                  <div>
                    <strong>{t('admin.findings.fix')}</strong>
                    {finding.fix}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        ) : undefined
      }
    />
  );
}
