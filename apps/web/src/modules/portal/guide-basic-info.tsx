// 基本信息: the facts a citizen checks first — who handles it, how long it takes, how often to go there,
// how far it can be done online and through which channels.
import { Descriptions, type DescriptionsProps } from 'antd';
import { t } from '../../app/i18n.ts';
import { formatDate, formatLimit, formatVisits, label, labels } from '../shared/guide-format.ts';
import type { ItemView } from '../shared/public-api.ts';

export function GuideBasicInfo({ item, columns }: { item: ItemView; columns: number }) {
  const { guide } = item;
  const items: DescriptionsProps['items'] = [
    {
      key: 'org',
      label: t('guide.field.org'),
      children: (
        <>
          {item.org.name}
          {item.org.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
        </>
      ),
    },
    { key: 'region', label: t('guide.field.region'), children: item.region.name },
    {
      key: 'itemType',
      label: t('guide.field.itemType'),
      children: guide.businessKind
        ? `${label('itemType', guide.itemType)}（${label('businessKind', guide.businessKind)}）`
        : label('itemType', guide.itemType),
    },
    {
      key: 'instant',
      label: t('guide.field.instant'),
      children: guide.instant ? t('guide.instant.yes') : t('guide.instant.no'),
    },
    { key: 'legalLimit', label: t('guide.field.legalLimit'), children: formatLimit(guide.legalLimit) },
    {
      key: 'promisedLimit',
      label: t('guide.field.promisedLimit'),
      children: formatLimit(guide.promisedLimit),
    },
    { key: 'visits', label: t('guide.field.visits'), children: formatVisits(guide.visits) },
    {
      key: 'maturity',
      label: t('guide.field.maturity'),
      children: (
        <>
          <strong>{label('maturity', guide.maturity)}</strong>
          <span className="portal-field-note">{label('maturityMeaning', guide.maturity)}</span>
        </>
      ),
    },
    { key: 'channels', label: t('guide.field.channels'), children: labels('channel', guide.channels) },
    {
      key: 'acceptOnReceipt',
      label: t('guide.field.acceptOnReceipt'),
      children: guide.acceptOnReceipt ? t('common.yes') : t('common.no'),
    },
    {
      key: 'crossRegion',
      label: t('guide.field.crossRegion'),
      children: label('crossRegion', guide.crossRegion),
    },
    { key: 'audience', label: t('guide.field.audience'), children: labels('audience', guide.audience) },
    { key: 'baseCode', label: t('guide.field.baseCode'), children: item.baseCode || guide.baseCode },
    { key: 'code', label: t('guide.field.code'), children: <span className="portal-code">{item.code}</span> },
    {
      key: 'version',
      label: t('guide.field.version'),
      children: t('guide.versionLine', { n: item.versionNo, date: formatDate(item.publishedAt) }),
    },
  ];
  return (
    <Descriptions bordered size="middle" column={columns} items={items} className="portal-descriptions" />
  );
}
