import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';

export function NotFoundPage({ message }: { message?: string }) {
  const navigate = useNavigate();
  useDocumentTitle(t('common.notFound'));
  return (
    <div className="portal-page">
      <Result
        status="404"
        title={<h1 className="portal-page-title">{t('common.notFound')}</h1>}
        subTitle={message}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    </div>
  );
}
