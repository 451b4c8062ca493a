// 窗口收件 step 2: the item applied for, searched in the published catalogue (GET /api/search) of the
// clerk's region — only items this window may take in (its region, or its department for org-bound
// accounts) and open to this kind of applicant.
import { formatTimeLimit } from '@msb/contracts';
import { Alert, Descriptions, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { type SearchHitView, useItem, useSearch } from '../../../shared/public-api.ts';
import { useMe } from '../../shell/use-session.ts';
import { itemInScope } from '../case-format.ts';

const LIMIT = 50;

export function ItemStep({
  applicantKind,
  value,
  onChange,
}: {
  applicantKind: 'person' | 'enterprise';
  value: string | null;
  onChange: (itemId: string | null) => void;
}) {
  const me = useMe();
  const [q, setQ] = useState('');
  const region = me.data?.regionCode ?? undefined;
  const search = useSearch(
    { ...(q ? { q } : {}), ...(region ? { region } : {}) },
    { limit: LIMIT, offset: 0 },
  );
  const audience = applicantKind === 'person' ? 'person' : 'legal_person';
  const scope = { regionCode: me.data?.regionCode ?? null, orgId: me.data?.orgId ?? null };
  const hits = (search.data?.items ?? []).filter(
    (hit: SearchHitView) => itemInScope(hit, scope) && hit.audience.includes(audience),
  );
  const item = useItem(value ?? undefined);
  const guide = item.data?.guide;
  const chosen = value && item.data ? item.data : null;

  return (
    <div style={{ maxWidth: 720 }}>
      <Input.Search
        allowClear
        aria-label={t('admin.work.item.search')}
        placeholder={t('admin.work.item.placeholder')}
        enterButton={t('admin.work.search')}
        loading={search.isFetching}
        onSearch={(text) => setQ(text.trim())}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph type="secondary" id="intake-item-help">
        {t('admin.work.item.help')}
      </Typography.Paragraph>
      {search.isError ? <Alert type="error" showIcon title={search.error.message} /> : null}
      {hits.length === 0 && !search.isFetching ? (
        <Typography.Paragraph>{t('admin.work.item.none')}</Typography.Paragraph>
      ) : (
        <div
          style={{
            maxHeight: 320,
            overflowY: 'auto',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: 12,
          }}
        >
          <Radio.Group
            aria-label={t('admin.work.item.label')}
            aria-describedby="intake-item-help"
            value={value ?? undefined}
            onChange={(event) => onChange(event.target.value as string)}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={hits.map((hit) => ({ value: hit.id, label: `${hit.name} — ${hit.orgName}` }))}
          />
        </div>
      )}
      {item.isError ? <Alert type="error" showIcon title={item.error.message} /> : null}
      {guide && chosen ? (
        <Descriptions
          style={{ marginTop: 16 }}
          size="small"
          bordered
          column={1}
          items={[
            { key: 'org', label: t('admin.work.summary.org'), children: chosen.org.name },
            {
              key: 'type',
              label: t('admin.work.item.kind'),
              children: t(guide.instant ? 'admin.work.item.instant' : 'admin.work.item.promised'),
            },
            {
              key: 'promised',
              label: t('admin.work.item.promisedLimit'),
              children: formatTimeLimit(guide.promisedLimit),
            },
            {
              key: 'legal',
              label: t('admin.work.item.legalLimit'),
              children: formatTimeLimit(guide.legalLimit),
            },
            {
              key: 'materials',
              label: t('admin.work.item.materials'),
              children: t('admin.work.item.materialCount', { n: guide.materials.length }),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
