import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Appointment, AppointmentRequest } from './agenda';

export interface CalendarQuery {
  from: string;
  to: string;
  userIds?: string[];
  teamId?: string | null;
}

export interface UpcomingQuery {
  relatedType?: 'contact' | 'company' | 'deal' | 'ticket';
  relatedId?: string;
  contactId?: string;
}

export const agendaKeys = {
  all: ['agenda'] as const,
  calendar: (query: CalendarQuery) => ['agenda', 'calendar', query] as const,
  appointment: (id: string) => ['agenda', 'appointment', id] as const,
  upcoming: (query: UpcomingQuery) => ['agenda', 'upcoming', query] as const,
};

export function useCalendar(query: CalendarQuery, enabled = true) {
  return useQuery({
    queryKey: agendaKeys.calendar(query),
    queryFn: () => unwrap(api.GET('/api/v1/calendar', {
      params: { query: { from: query.from, to: query.to, userIds: query.userIds, teamId: query.teamId ?? undefined } },
    })),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useAppointment(id: string | null) {
  return useQuery({
    queryKey: agendaKeys.appointment(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/appointments/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useUpcoming(query: UpcomingQuery) {
  return useQuery({
    queryKey: agendaKeys.upcoming(query),
    queryFn: () => unwrap(api.GET('/api/v1/appointments', { params: { query: { ...query, limit: 5 } } })),
  });
}

export const createAppointment = (body: AppointmentRequest) => unwrap(api.POST('/api/v1/appointments', { body }));

export const updateAppointment = (id: string, version: number, body: AppointmentRequest) =>
  unwrap(api.PUT('/api/v1/appointments/{id}', { params: { path: { id } }, headers: ifMatch(version), body }));

export const fetchAppointment = (id: string) => unwrap(api.GET('/api/v1/appointments/{id}', { params: { path: { id } } }));

/** The appointment after a change: every calendar, panel and the appointment itself read again. */
export function useAgendaRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: agendaKeys.all });
}

export type AppointmentAction =
  | { kind: 'cancel'; appointment: Appointment }
  | { kind: 'cancelOccurrence'; appointment: Appointment; occurrenceStart: string }
  | { kind: 'answer'; appointment: Appointment; response: 'Accepted' | 'Tentative' | 'Declined' };

export function useAppointmentAction(onDone: (action: AppointmentAction) => void, onError: (error: unknown) => void) {
  const refresh = useAgendaRefresh();
  return useMutation({
    mutationFn: (action: AppointmentAction) => {
      const path = { params: { path: { id: action.appointment.id } } };
      const headers = ifMatch(action.appointment.version);
      switch (action.kind) {
        case 'cancel':
          return unwrap(api.POST('/api/v1/appointments/{id}/cancel', { ...path, headers }));
        case 'cancelOccurrence':
          return unwrap(api.POST('/api/v1/appointments/{id}/occurrences/cancel', { ...path, headers, body: { occurrenceStart: action.occurrenceStart } }));
        case 'answer':
          return unwrap(api.POST('/api/v1/appointments/{id}/answer', { ...path, body: { response: action.response } }));
      }
    },
    onSuccess: (_, action) => {
      void refresh();
      onDone(action);
    },
    onError,
  });
}
