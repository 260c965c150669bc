import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { asProblem } from '../../ui/problems';
import { rewriteRequest, type Task, type TaskRequest } from './tasks';

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
  detail: (id: string) => ['tasks', 'detail', id] as const,
};

export const fetchTask = (id: string) => unwrap(api.GET('/api/v1/tasks/{id}', { params: { path: { id } } }));

/** One task, with its version for If-Match. */
export function useTask(id: string | null) {
  return useQuery({ queryKey: taskKeys.detail(id ?? ''), queryFn: () => fetchTask(id!), enabled: !!id });
}

export const updateTask = (task: Pick<Task, 'id' | 'version'>, body: TaskRequest) =>
  unwrap(api.PUT('/api/v1/tasks/{id}', { params: { path: { id: task.id } }, headers: ifMatch(task.version), body }));

/** A task as the API answered a change: kept as the one shown, and every list read again. */
export function useTaskChanged() {
  const queryClient = useQueryClient();
  return (task: Task) => {
    queryClient.setQueryData(taskKeys.detail(task.id), task);
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  };
}

export type TaskChange = { kind: 'complete' | 'reopen' | 'cancel' } | { kind: 'tick'; itemId: string; done: boolean };
export type TaskAction = TaskChange & { task: Task };

/** What a task's details do to it, each at the version shown: complete, reopen, cancel, tick a checklist item. */
export function runTaskAction(action: TaskAction): Promise<Task> {
  const path = { params: { path: { id: action.task.id } }, headers: ifMatch(action.task.version) };
  switch (action.kind) {
    case 'complete':
      return unwrap(api.POST('/api/v1/tasks/{id}/complete', path));
    case 'reopen':
      return unwrap(api.POST('/api/v1/tasks/{id}/reopen', path));
    case 'cancel':
      return updateTask(action.task, rewriteRequest(action.task, { status: 'Cancelled' }));
    case 'tick':
      return unwrap(api.PUT('/api/v1/tasks/{id}/checklist/{itemId}', {
        params: { path: { id: action.task.id, itemId: action.itemId } }, headers: ifMatch(action.task.version), body: { done: action.done },
      }));
  }
}

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
