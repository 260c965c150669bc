using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.Modules.Contacts.Features.DuplicateScans;

/// <summary>A duplicate scan and how far it went: the name pass has read <see cref="Scanned"/> of <see cref="Total"/> contacts.</summary>
internal sealed record DuplicateScanResponse(
    Guid Id,
    DuplicateScanStatus Status,
    DuplicateScanPhase Phase,
    int Total,
    int Scanned,
    int GroupsFound,
    string? FailureReason,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? StartedAtUtc,
    DateTimeOffset? FinishedAtUtc)
{
    public static DuplicateScanResponse From(DuplicateScan s) =>
        new(s.Id.Value, s.Status, s.Phase, s.Total, Math.Min(s.Scanned, s.Total), s.GroupsFound, s.FailureReason, s.CreatedAtUtc, s.StartedAtUtc, s.FinishedAtUtc);
}
