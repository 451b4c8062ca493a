// /admin/regions (系统管理员): the region tree, one level loaded at a time as it is opened; under a
// 苏木乡镇街道 the admin adds 嘎查村/社区.
import { DownOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Row, Tree, type TreeDataNode, Typography } from 'antd';
import { type Key, useEffect, useMemo, useState } from 'react';
import { t } from '../../../app/i18n.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { ToneTag } from '../shell/status-tag.tsx';
import { type RegionNode, regionChildrenQuery, useRegionChildren } from './regions-api.ts';
import { VillageForm } from './village-form.tsx';

const byCode = (a: RegionNode, b: RegionNode) => a.code.localeCompare(b.code);

function toTree(nodes: readonly RegionNode[], children: Record<string, RegionNode[]>): TreeDataNode[] {
  return nodes.map((node) => {
    const known = children[node.code];
    return {
      key: node.code,
      title: node.name,
      isLeaf: node.level === 'village',
      children: known ? toTree(known, children) : undefined,
    };
  });
}

export function RegionsPage() {
  const client = useQueryClient();
  const roots = useRegionChildren(undefined);
  const [loaded, setLoaded] = useState<Record<string, RegionNode[]>>({});
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [selected, setSelected] = useState<RegionNode | null>(null);

  useEffect(() => {
    document.title = `${t('admin.regions.title')} · ${t('admin.appName')}`;
  }, []);

  // GET /api/regions gives 自治区 and 盟市 together: the 盟市 are the 自治区's children, already known
  const { top, children } = useMemo(() => {
    const rows = roots.data ?? [];
    const codes = new Set(rows.map((r) => r.code));
    const tops = rows.filter((r) => !r.parentCode || !codes.has(r.parentCode));
    const known: Record<string, RegionNode[]> = {};
    for (const r of rows) {
      if (!r.parentCode || !codes.has(r.parentCode)) continue;
      known[r.parentCode] = [...(known[r.parentCode] ?? []), r];
    }
    return { top: tops, children: { ...known, ...loaded } };
  }, [roots.data, loaded]);

  useEffect(() => {
    const first = top[0];
    if (first) setExpanded((keys) => (keys.length ? keys : [first.code]));
  }, [top]);

  const nodes = useMemo(() => {
    const map = new Map<string, RegionNode>();
    for (const r of [...top, ...Object.values(children).flat()]) map.set(r.code, r);
    return map;
  }, [top, children]);

  const loadChildren = async (code: string) => {
    const rows = await client.fetchQuery(regionChildrenQuery(code));
    setLoaded((prev) => ({ ...prev, [code]: [...rows].sort(byCode) }));
  };

  const onAdded = (village: RegionNode) => {
    const parent = village.parentCode;
    if (!parent) return;
    setLoaded((prev) => ({
      ...prev,
      [parent]: [...(prev[parent] ?? []).filter((r) => r.code !== village.code), village].sort(byCode),
    }));
    setExpanded((keys) => (keys.includes(parent) ? keys : [...keys, parent]));
  };

  return (
    <>
      <PageTitle>{t('admin.regions.title')}</PageTitle>
      <Typography.Paragraph>{t('admin.regions.intro')}</Typography.Paragraph>
      {roots.isError ? (
        <Alert type="error" showIcon title={roots.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.regions.tree')}</h2>}>
            <Tree
              aria-label={t('admin.regions.tree')}
              treeData={toTree(top, children)}
              loadData={(node) => loadChildren(String(node.key))}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys)}
              expandAction="click"
              selectedKeys={selected ? [selected.code] : []}
              onSelect={(_, info) => setSelected(nodes.get(String(info.node.key)) ?? null)}
              switcherIcon={<DownOutlined aria-hidden />}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.regions.detail')}</h2>}>
            {selected ? (
              <RegionDetail region={selected} onAdded={onAdded} />
            ) : (
              <Typography.Paragraph style={{ margin: 0 }}>{t('admin.regions.pick')}</Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}

function RegionDetail({ region, onAdded }: { region: RegionNode; onAdded: (village: RegionNode) => void }) {
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: t('admin.regions.field.name'), children: region.name },
          { key: 'code', label: t('admin.regions.field.code'), children: <code>{region.code}</code> },
          {
            key: 'level',
            label: t('admin.regions.field.level'),
            children: (
              <>
                {t(`admin.regions.level.${region.level}`)}
                {region.statisticalOnly ? (
                  <ToneTag tone="grey">{t('admin.regions.statisticalOnly')}</ToneTag>
                ) : null}
              </>
            ),
          },
          {
            key: 'parent',
            label: t('admin.regions.field.parent'),
            children: region.parentCode ? <code>{region.parentCode}</code> : '—',
          },
        ]}
      />
      {region.level === 'township' ? (
        <VillageForm key={region.code} township={region} onAdded={onAdded} />
      ) : (
        <Typography.Paragraph style={{ margin: 0 }}>{t('admin.regions.onlyTownship')}</Typography.Paragraph>
      )}
    </>
  );
}
