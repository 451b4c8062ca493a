// The server's refusal of a form (422 with details.fields, 403, 409, …) shown beside that form: each field
// message under its input when the form has one, the message and the remaining fields in an alert above it.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { type FieldFinding, findingsOf } from '../catalog/findings-alert.tsx';
import { ME_KEY } from './use-session.ts';

export interface ServerProblem {
  status: number;
  message: string;
  /** field messages that have no input of their own in the form */
  fields: FieldFinding[];
}

/**
 * Remembers the last refusal for `form`; `report` puts field messages on the inputs named in `names` and
 * keeps the rest for the alert. A 401 sends the user back to sign in (the session guard sees it).
 */
export function useServerProblem<T>(form: FormInstance<T>, names: readonly string[]) {
  const client = useQueryClient();
  const [problem, setProblem] = useState<ServerProblem | null>(null);

  const report = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        setProblem({
          status: 0,
          message: error instanceof Error ? error.message : String(error),
          fields: [],
        });
        return;
      }
      if (error.status === 401) void client.invalidateQueries({ queryKey: ME_KEY });
      const fields = findingsOf(error.details);
      const own = fields.filter((f) => names.includes(f.field));
      (form as FormInstance).setFields(own.map((f) => ({ name: f.field, errors: [f.message] })));
      setProblem({
        status: error.status,
        message: error.message,
        fields: fields.filter((f) => !names.includes(f.field)),
      });
    },
    [client, form, names],
  );
  const clear = useCallback(() => setProblem(null), []);
  return { problem, report, clear };
}

export function ServerProblemAlert({
  problem,
  onClose,
}: {
  problem: ServerProblem | null;
  onClose: () => void;
}) {
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={{ 'aria-label': t('admin.common.close'), onClose }}
      style={{ marginBottom: 16 }}
      title={problem.message}
      description={
        problem.fields.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problem.fields.map((f) => (
              <li key={`${f.field}|${f.message}`}>
                {f.field}
                {t('admin.findings.sep')}
                {f.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
