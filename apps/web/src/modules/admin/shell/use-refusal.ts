// What every editor does with a failed request before looking at it: a network or programming error is a
// notification, a 401 sends the user back to sign in (the session guard sees ME_KEY change), and a refusal
// the server explains (ApiError) goes to the page's own handler (422 findings beside the form, 409 …).
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { ME_KEY } from './use-session.ts';

export function useRefusal(onRefused: (error: ApiError) => void) {
  const client = useQueryClient();
  const { notification } = App.useApp();
  return (error: unknown) => {
    if (!(error instanceof ApiError)) {
      notification.error({ title: t('admin.common.failed'), description: String(error) });
      return;
    }
    if (error.status === 401) {
      void client.invalidateQueries({ queryKey: ME_KEY });
      return;
    }
    onRefused(error);
  };
}
