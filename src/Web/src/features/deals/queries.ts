import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import type { BoardQuery } from './board';

export type LostReason = components['schemas']['LostReasonResponse'];

/** Every sales query starts with 'deals': invalidating `dealKeys.all` refreshes boards, deals and the setup. */
export const dealKeys = {
  all: ['deals'] as const,
  pipelines: ['deals', 'pipelines'] as const,
  lostReasons: ['deals', 'lost-reasons'] as const,
  boards: ['deals', 'board'] as const,
  board: (pipelineId: string, query: BoardQuery) => ['deals', 'board', pipelineId, query] as const,
  detail: (id: string) => ['deals', 'detail', id] as const,
};

export function usePipelines() {
  return useQuery({ queryKey: dealKeys.pipelines, queryFn: () => unwrap(api.GET('/api/v1/pipelines')) });
}

export function useLostReasons() {
  return useQuery({ queryKey: dealKeys.lostReasons, queryFn: () => unwrap(api.GET('/api/v1/lost-reasons')) });
}

export function useBoard(pipelineId: string | undefined, query: BoardQuery) {
  return useQuery({
    queryKey: dealKeys.board(pipelineId ?? '', query),
    queryFn: () => unwrap(api.GET('/api/v1/pipelines/{id}/board', { params: { path: { id: pipelineId! }, query } })),
    enabled: !!pipelineId,
  });
}

/** The next cards of one column, after `cursor`, with the board's filters. */
export function readColumnPage(pipelineId: string, stageId: string, cursor: string, query: BoardQuery) {
  return unwrap(api.GET('/api/v1/pipelines/{id}/board/{stageId}', { params: { path: { id: pipelineId, stageId }, query: { ...query, cursor } } }));
}
