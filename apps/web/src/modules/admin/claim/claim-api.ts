// Claiming a catalogue item for a department: base items (基本目录), item types, a new base item and a new
// implementation (apps/api/src/modules/catalog/catalog.routes.ts, catalog-extra.routes.ts).
import type { Guide, ItemType } from '@msb/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { adminKeys, type ImplementationDetail, toQuery, type VersionView } from '../admin-api.ts';

export interface BaseItemRow {
  id: string;
  code: string;
  name: string;
  itemType: ItemType;
  competentDept: string;
  /** implementations of this item at every level */
  implementations: number;
  /** the first implementation: its latest guide is the starting point of a new one */
  templateId: string | null;
}

export interface ItemTypeOption {
  key: ItemType;
  label: string;
  /** 行政备案 has no code until an administrator sets it */
  code: string | null;
}

export interface BaseItemInput {
  code: string;
  name: string;
  itemType: ItemType;
  basis: string;
  competentDept: string;
}

export interface ImplementationInput {
  baseItemId: string;
  code: string;
  regionCode: string;
  orgId: string;
  guide: Guide;
}

export function useBaseItems(q: string) {
  return useQuery({
    queryKey: ['admin', 'base-items', q] as const,
    queryFn: () => api<BaseItemRow[]>(`/api/catalog/base-items${toQuery({ q })}`),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useItemTypes() {
  return useQuery({
    queryKey: ['admin', 'item-types'] as const,
    queryFn: () => api<ItemTypeOption[]>('/api/catalog/item-types'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCreateBaseItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BaseItemInput) =>
      api<{ id: string; code: string; name: string }>('/api/catalog/base-items', {
        method: 'POST',
        json: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'base-items'] }),
  });
}

export function useCreateImplementation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ImplementationInput) =>
      api<{ id: string; version: VersionView }>('/api/catalog/implementations', {
        method: 'POST',
        json: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'implementations'] }),
  });
}

/** The template implementation, through the same cache entry the editor page reads. */
export function fetchTemplate(client: ReturnType<typeof useQueryClient>, templateId: string) {
  return client.fetchQuery({
    queryKey: adminKeys.implementation(templateId),
    queryFn: () =>
      api<ImplementationDetail>(`/api/catalog/implementations/${encodeURIComponent(templateId)}`),
    staleTime: 30_000,
  });
}

/** The template implementation shown before claiming; 404 when it lies outside the editor's region. */
export function useTemplate(templateId: string | null | undefined) {
  return useQuery({
    queryKey: adminKeys.implementation(templateId ?? ''),
    queryFn: () =>
      api<ImplementationDetail>(`/api/catalog/implementations/${encodeURIComponent(templateId ?? '')}`),
    enabled: Boolean(templateId),
    retry: false,
    staleTime: 30_000,
  });
}
