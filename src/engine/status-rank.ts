// The order of capability statuses, from least to most concerning.
import type { CapabilityStatus } from './types.ts';

const RANK: Record<CapabilityStatus, number> = { below: 0, approaching: 1, unevaluated: 2, not_ruled_out: 3, crossed: 4 };

export function statusRank(status: CapabilityStatus): number {
  return RANK[status];
}

export function worstStatus(statuses: readonly CapabilityStatus[]): CapabilityStatus | undefined {
  return statuses.reduce<CapabilityStatus | undefined>((w, s) => (w === undefined || RANK[s] > RANK[w] ? s : w), undefined);
}

export function leastStatus(statuses: readonly CapabilityStatus[]): CapabilityStatus | undefined {
  return statuses.reduce<CapabilityStatus | undefined>((w, s) => (w === undefined || RANK[s] < RANK[w] ? s : w), undefined);
}
