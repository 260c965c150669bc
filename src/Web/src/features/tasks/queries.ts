import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { asProblem } from '../../ui/problems';
import type { Task } from './tasks';

export interface TaskQuery {
  mine?: boolean;
  assigneeId?: string;
  status?: Task['status'];
  relatedType?: 'contact' | 'company' | 'deal' | 'ticket';
  relatedId?: string;
}

export const taskKeys = {
  all: ['tasks'] as const,
  list: (query: TaskQuery) => ['tasks', 'list', query] as const,
};

/**
 * One page of the largest size: the lists shown (a person's open tasks, a deal's tasks) are short, and the page sorts
 * them for work (see sortForWork).
 */
export function useTasks(query: TaskQuery, enabled = true) {
  return useQuery({
    queryKey: taskKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/tasks', { params: { query: { ...query, limit: 200 } } })),
    enabled,
  });
}

/** Marks several tasks done at the versions shown; the answer tells which were done and which not, and why. */
export function useCompleteTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tasks: readonly Task[]) =>
      unwrap(api.POST('/api/v1/tasks/complete', { body: { items: tasks.map((task) => ({ id: task.id, version: task.version })) } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/** Marks a task done; a stale version reloads the lists and says so through `stale`. */
export function useCompleteTask(onDone: (task: Task) => void, onError: (error: unknown) => void) {
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const complete = useMutation({
    mutationFn: (task: Task) => unwrap(api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: task.id } }, headers: ifMatch(task.version) })),
    onMutate: () => setStale(false),
    onSuccess: (task) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      onDone(task);
    },
    onError: (error) => {
      if (asProblem(error).status === 412) {
        setStale(true);
        void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      } else {
        onError(error);
      }
    },
  });
  return { complete, stale };
}
