// Loading and error states of a query, announced to screen readers.
import { Alert, Button, Skeleton } from 'antd';
import { t } from '../../app/i18n.ts';

export function QueryLoading({ rows = 3 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="msb-visually-hidden">{t('common.loading')}</span>
      <Skeleton active paragraph={{ rows }} title={false} />
    </div>
  );
}

export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed', { message: error.message })}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
