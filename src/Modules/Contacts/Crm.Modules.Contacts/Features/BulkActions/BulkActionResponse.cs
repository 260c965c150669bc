using Crm.Modules.Contacts.Domain.BulkActions;

namespace Crm.Modules.Contacts.Features.BulkActions;

/// <summary>A bulk action and how far it went: <see cref="Done"/> of <see cref="Total"/> contacts or companies, <see cref="Changed"/> of them changed.</summary>
internal sealed record BulkActionResponse(
    Guid Id, BulkActionKind Action, BulkActionStatus Status, int Total, int Done, int Changed, string? FailureReason, DateTimeOffset CreatedAtUtc, DateTimeOffset? FinishedAtUtc)
{
    public static BulkActionResponse From(BulkAction b) =>
        new(b.Id.Value, b.Kind, b.Status, b.Total, Math.Min(b.Done, b.Total), b.Changed, b.FailureReason, b.CreatedAtUtc, b.FinishedAtUtc);
}
