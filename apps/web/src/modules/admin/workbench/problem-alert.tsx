// A refused action (409 wrong state, 403 not yours, 422 with field messages) above the panel that sent it.
// Field messages of case actions already name the material or input in Chinese, so only they are listed.
import { Alert } from 'antd';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { findingsOf } from '../catalog/findings-alert.tsx';
import type { ServerProblem } from '../shell/server-problem.tsx';

export function toProblem(error: unknown): ServerProblem {
  if (error instanceof ApiError) {
    return { status: error.status, message: error.message, fields: findingsOf(error.details) };
  }
  return { status: 0, message: error instanceof Error ? error.message : String(error), fields: [] };
}

export function ProblemAlert({ problem, onClose }: { problem: ServerProblem | null; onClose: () => void }) {
  if (!problem) return null;
  const lines = [...new Set(problem.fields.map((f) => f.message))].filter((m) => m !== problem.message);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={{ 'aria-label': t('admin.common.close'), onClose }}
      style={{ marginBottom: 16 }}
      title={problem.message}
      description={
        lines.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
