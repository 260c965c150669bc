using Crm.Modules.Activities.Domain.Interactions;

namespace Crm.Modules.Activities.Features.Interactions;

/// <summary>
/// A call or a visit report as the client writes it. <see cref="HappenedAtUtc"/> not given is now; a call needs
/// <see cref="Direction"/>, <see cref="DurationSeconds"/> and <see cref="Outcome"/>, a visit report <see cref="Notes"/>
/// (and maybe a <see cref="Location"/>); it is linked to at least one contact, company or deal.
/// </summary>
internal sealed record InteractionRequest(
    InteractionKind? Kind,
    DateTimeOffset? HappenedAtUtc,
    CallDirection? Direction,
    int? DurationSeconds,
    CallOutcome? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    IReadOnlyList<Guid>? ContactIds,
    Guid? CompanyId,
    Guid? DealId);
