using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Contracts;

/// <summary>
/// A task was marked done by <see cref="CompletedBy"/> (null when the system did it). <see cref="RelatedType"/>
/// (<c>contact</c> | <c>company</c> | <c>deal</c> | <c>ticket</c>) and <see cref="RelatedId"/> name the record it was about, if any.
/// </summary>
public sealed record TaskCompletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid TaskId,
    string Title,
    Guid AssigneeId,
    Guid? CompletedBy,
    string? RelatedType,
    Guid? RelatedId,
    string Source) : IIntegrationEvent;
