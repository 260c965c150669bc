using Crm.Modules.Activities.Domain.Interactions;

namespace Crm.Modules.Activities.Features.Interactions;

internal sealed record InteractionResponse(
    Guid Id,
    InteractionKind Kind,
    DateTimeOffset HappenedAtUtc,
    CallDirection? Direction,
    int? DurationSeconds,
    CallOutcome? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    IReadOnlyList<Guid> ContactIds,
    Guid? CompanyId,
    Guid? DealId,
    Guid LoggedBy,
    DateTimeOffset LoggedAtUtc,
    int Version)
{
    public static InteractionResponse From(Interaction interaction) => new(
        interaction.Id.Value,
        interaction.Kind,
        interaction.HappenedAtUtc,
        interaction.Direction,
        interaction.DurationSeconds,
        interaction.Outcome,
        interaction.Title,
        interaction.Location,
        interaction.Notes,
        [.. interaction.Contacts.Select(c => c.ContactId)],
        interaction.CompanyId,
        interaction.DealId,
        interaction.LoggedBy,
        interaction.LoggedAtUtc,
        interaction.Version);
}
