using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Contracts;

/// <summary>
/// An occurrence of an appointment took place (its end passed while it was scheduled): <see cref="ContactIds"/> are the
/// contacts invited who had not declined, <see cref="RelatedType"/> and <see cref="RelatedId"/> the record it was about.
/// </summary>
public sealed record MeetingHeldIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid AppointmentId,
    string Title,
    string? Location,
    Guid OrganizerId,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    IReadOnlyList<Guid> UserIds,
    IReadOnlyList<Guid> ContactIds,
    string? RelatedType,
    Guid? RelatedId) : IIntegrationEvent;
