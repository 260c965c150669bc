using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>
/// Contacts a scan found likely to be one person: its <see cref="Rank"/> orders a scan's groups by score (best first),
/// <see cref="Score"/> is that of its most alike pair (0 to 1).
/// </summary>
internal sealed class CandidateGroup
{
    private CandidateGroup(Guid id, DuplicateScanId scanId, int rank, double score, LikenessReasons reasons, List<Guid> contactIds)
    {
        Id = id;
        ScanId = scanId;
        Rank = rank;
        Score = score;
        Reasons = reasons;
        ContactIds = contactIds;
    }

    public Guid Id { get; private init; }

    public DuplicateScanId ScanId { get; private init; }

    public int Rank { get; private init; }

    public double Score { get; private init; }

    public LikenessReasons Reasons { get; private init; }

    public List<Guid> ContactIds { get; private init; }

    public static CandidateGroup Of(DuplicateScanId scanId, int rank, FoundGroup found) =>
        new(TypedId.NewValue(), scanId, rank, found.Score, found.Reasons, [.. found.ContactIds]);
}
