// Region → department → item, with the average item score at each level and the findings of each item.
import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../app/i18n.ts';
import { ToneTag } from '../shell/status-tag.tsx';
import type { GroupView, ItemScoreView } from './scorecard-api.ts';
import { type ItemInfo, ItemsTable } from './scorecard-tables.tsx';

interface OrgGroup {
  key: string;
  name: string;
  items: ItemScoreView[];
  average: number | null;
  findingCount: number;
}
interface RegionGroup extends Omit<OrgGroup, 'items'> {
  orgs: OrgGroup[];
  itemCount: number;
}

const average = (items: readonly ItemScoreView[]) =>
  items.length === 0
    ? null
    : Math.round((items.reduce((sum, item) => sum + item.score, 0) / items.length) * 10) / 10;

const scoreTag = (score: number | null) =>
  score === null ? (
    '—'
  ) : (
    <ToneTag tone={score >= 100 ? 'green' : score >= 80 ? 'orange' : 'red'}>{score}</ToneTag>
  );

function group(
  items: readonly ItemScoreView[],
  regionName: (code: string, item?: ItemScoreView) => string,
): RegionGroup[] {
  const regions = new Map<string, ItemScoreView[]>();
  for (const item of items) regions.set(item.regionCode, [...(regions.get(item.regionCode) ?? []), item]);
  return [...regions].map(([code, regionItems]) => {
    const orgs = new Map<string, ItemScoreView[]>();
    for (const item of regionItems) {
      const key = item.orgId ?? item.orgName;
      orgs.set(key, [...(orgs.get(key) ?? []), item]);
    }
    return {
      key: code,
      name: regionName(code, regionItems[0]),
      itemCount: regionItems.length,
      average: average(regionItems),
      findingCount: regionItems.reduce((sum, item) => sum + item.findings.length, 0),
      orgs: [...orgs].map(([key, orgItems]) => ({
        key,
        name: orgItems[0]?.orgName ?? key,
        items: orgItems,
        average: average(orgItems),
        findingCount: orgItems.reduce((sum, item) => sum + item.findings.length, 0),
      })),
    };
  });
}

interface DrillDownProps {
  items: ItemScoreView[];
  regions: GroupView[];
  info: ReadonlyMap<string, ItemInfo>;
  regionNames: ReadonlyMap<string, string>;
  loading: boolean;
}

export function ScorecardDrillDown({ items, regions, info, regionNames, loading }: DrillDownProps) {
  const rows = useMemo(() => {
    const serverName = new Map(
      regions.map((r) => [
        r.regionCode ?? r.id ?? '',
        r.regionName ?? (r.name !== r.id ? r.name : undefined),
      ]),
    );
    const nameOf = (code: string, item?: ItemScoreView) =>
      item?.regionName ??
      regionNames.get(code) ??
      serverName.get(code) ??
      (item ? info.get(item.implementationId)?.regionName : undefined) ??
      code;
    return group(items, nameOf).sort((a, b) => (a.average ?? 101) - (b.average ?? 101));
  }, [items, regions, info, regionNames]);

  const orgColumns: TableColumnsType<OrgGroup> = [
    { title: t('admin.catalog.col.org'), dataIndex: 'name' },
    { title: t('admin.score.col.itemCount'), key: 'count', width: 100, render: (_, row) => row.items.length },
    { title: t('admin.score.col.average'), dataIndex: 'average', width: 100, render: scoreTag },
    { title: t('admin.score.col.findings'), dataIndex: 'findingCount', width: 100 },
  ];
  const regionColumns: TableColumnsType<RegionGroup> = [
    { title: t('admin.catalog.col.region'), dataIndex: 'name' },
    { title: t('admin.score.col.orgCount'), key: 'orgs', width: 100, render: (_, row) => row.orgs.length },
    { title: t('admin.score.col.itemCount'), dataIndex: 'itemCount', width: 100 },
    { title: t('admin.score.col.average'), dataIndex: 'average', width: 100, render: scoreTag },
    { title: t('admin.score.col.findings'), dataIndex: 'findingCount', width: 100 },
  ];
  return (
    <Table<RegionGroup>
      rowKey="key"
      size="small"
      loading={loading}
      columns={regionColumns}
      dataSource={rows}
      pagination={false}
      expandable={{
        expandedRowRender: (region) => (
          <Table<OrgGroup>
            rowKey="key"
            size="small"
            columns={orgColumns}
            dataSource={region.orgs}
            pagination={false}
            expandable={{
              expandedRowRender: (org) => <ItemsTable items={org.items} info={info} pageSize={false} />,
            }}
          />
        ),
      }}
    />
  );
}
