import { useEffect } from 'react';
import { t } from '../../app/i18n.ts';

/** "事项搜索 - 蒙速办 · 政务服务": each page names itself for tabs, history and screen readers. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} - ${t('app.title')}` : t('app.title');
  }, [title]);
}
