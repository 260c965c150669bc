using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Appointments;

internal sealed record MeetingHeld(
    AppointmentId AppointmentId, string Title, string? Location, Guid OrganizerId, Occurrence Occurrence,
    IReadOnlyList<Guid> UserIds, IReadOnlyList<Guid> ContactIds, string? RelatedType, Guid? RelatedId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
