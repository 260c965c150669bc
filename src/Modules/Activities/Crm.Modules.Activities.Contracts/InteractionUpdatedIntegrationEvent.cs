using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Contracts;

/// <summary>
/// A logged call or visit was changed: it now reads as given (the fields of <see cref="InteractionLoggedIntegrationEvent"/>),
/// and is about the contacts, company and deal given, which may differ from before. Logged by
/// <see cref="LoggedBy"/>. A call has a <see cref="Direction"/> (<c>Inbound</c> | <c>Outbound</c>), a duration and an
/// <see cref="Outcome"/> (<c>Reached</c>, <c>NoAnswer</c>, <c>LeftMessage</c>, <c>Busy</c>, <c>WrongNumber</c>); a visit a
/// <see cref="Location"/> and notes. It is about the contacts, company and deal given.
/// </summary>
public sealed record InteractionUpdatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid InteractionId,
    string Kind,
    DateTimeOffset HappenedAtUtc,
    string? Direction,
    int? DurationSeconds,
    string? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    Guid LoggedBy,
    IReadOnlyList<Guid> ContactIds,
    Guid? CompanyId,
    Guid? DealId) : IIntegrationEvent;
