// /admin/scorecard: guide quality against seed 002 附件 indicators, drill-down region → department → item,
// 三级N同 deviations and search words without results; 导出 Excel keeps the current filters.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Tabs } from 'antd';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { useImplementations } from '../admin-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { ConsistencyTab, SearchMissesTab } from './report-tabs.tsx';
import { scorecardQuery, useOrgs, useRegions, useScorecard } from './scorecard-api.ts';
import { ScorecardDrillDown } from './scorecard-drilldown.tsx';
import { IndicatorTable, type ItemInfo, ItemsTable } from './scorecard-tables.tsx';

const TABS = ['indicators', 'drilldown', 'items', 'consistency', 'misses'] as const;
type TabKey = (typeof TABS)[number];

export function ScorecardPage() {
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const orgId = params.get('orgId') ?? undefined;
  const rawTab = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(rawTab ?? '') ? (rawTab as TabKey) : 'indicators';
  const filter = { region, orgId };
  const scorecard = useScorecard(filter);
  const regions = useRegions();
  const orgs = useOrgs(region);
  const catalog = useImplementations({ limit: 200, offset: 0 });

  useEffect(() => {
    document.title = `${t('admin.score.title')} · ${t('admin.appName')}`;
  }, []);

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const info = useMemo(() => {
    const map = new Map<string, ItemInfo>();
    for (const row of catalog.data?.items ?? [])
      map.set(row.id, { demoFlaw: row.demoFlaw, regionName: row.regionName });
    return map;
  }, [catalog.data]);
  const regionNames = useMemo(() => {
    const map = new Map<string, string>();
    for (const r of regions.data ?? []) map.set(r.code, r.name);
    for (const row of catalog.data?.items ?? []) map.set(row.regionCode, row.regionName);
    return map;
  }, [regions.data, catalog.data]);

  const data = scorecard.data;
  const items = useMemo(
    () => [...(data?.items ?? [])].sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, 'zh-CN')),
    [data],
  );

  return (
    <>
      <PageTitle
        extra={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={`/api/catalog/scorecard.xlsx${scorecardQuery(filter)}`}
            download
          >
            {t('admin.score.export')}
          </Button>
        }
      >
        {t('admin.score.title')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('admin.score.filters')}>
        <Select
          aria-label={t('admin.score.region')}
          style={{ width: 220 }}
          value={region ?? ''}
          loading={regions.isPending}
          onChange={(value: string) => update({ region: value || undefined, orgId: undefined })}
          options={[
            { value: '', label: t('admin.score.allRegions') },
            ...(regions.data ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
        <Select
          aria-label={t('admin.score.org')}
          style={{ width: 300 }}
          value={orgId ?? ''}
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.isPending}
          onChange={(value: string) => update({ orgId: value || undefined })}
          options={[
            { value: '', label: t('admin.score.allOrgs') },
            ...(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      </Space>
      {scorecard.isError ? (
        <Alert type="error" showIcon title={scorecard.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'indicators' ? undefined : key })}
        items={[
          {
            key: 'indicators',
            label: t('admin.score.tab.indicators'),
            children: <IndicatorTable indicators={data?.indicators ?? []} loading={scorecard.isPending} />,
          },
          {
            key: 'drilldown',
            label: t('admin.score.tab.drilldown'),
            children: (
              <ScorecardDrillDown
                items={items}
                regions={data?.regions ?? []}
                info={info}
                regionNames={regionNames}
                loading={scorecard.isPending}
              />
            ),
          },
          {
            key: 'items',
            label: t('admin.score.tab.items'),
            children: <ItemsTable items={items} info={info} loading={scorecard.isPending} />,
          },
          {
            key: 'consistency',
            label: t('admin.score.tab.consistency'),
            children: <ConsistencyTab regionNames={regionNames} />,
          },
          { key: 'misses', label: t('admin.score.tab.misses'), children: <SearchMissesTab /> },
        ]}
      />
    </>
  );
}
