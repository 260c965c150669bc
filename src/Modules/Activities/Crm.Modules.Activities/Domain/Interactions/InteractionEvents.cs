using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Interactions;

internal sealed record InteractionLogged(
    InteractionId InteractionId,
    InteractionKind Kind,
    DateTimeOffset HappenedAtUtc,
    CallDirection? Direction,
    int? DurationSeconds,
    CallOutcome? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    Guid LoggedBy,
    IReadOnlyList<Guid> ContactIds,
    Guid? CompanyId,
    Guid? DealId,
    DateTimeOffset OccurredAtUtc) : IDomainEvent;

internal sealed record InteractionChanged(
    InteractionId InteractionId,
    InteractionKind Kind,
    DateTimeOffset HappenedAtUtc,
    CallDirection? Direction,
    int? DurationSeconds,
    CallOutcome? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    Guid LoggedBy,
    IReadOnlyList<Guid> ContactIds,
    Guid? CompanyId,
    Guid? DealId,
    DateTimeOffset OccurredAtUtc) : IDomainEvent;

internal sealed record InteractionDeleted(InteractionId InteractionId, IReadOnlyList<Guid> ContactIds, Guid? CompanyId, Guid? DealId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
