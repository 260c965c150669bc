using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListCandidateGroups;

internal sealed record CandidateMember(
    Guid Id, string FirstName, string LastName, string? Email, string? Phone, IReadOnlyList<string> Companies, DateTimeOffset CreatedAtUtc);

/// <summary>Contacts a scan found likely to be one person, its score (that of its most alike pair, 0 to 1) and why.</summary>
internal sealed record CandidateGroupResponse(Guid Id, double Score, IReadOnlyList<LikenessReasons> Reasons, IReadOnlyList<CandidateMember> Contacts);

/// <summary>
/// The groups of a completed scan, best score first, as the caller sees them: a group shows only the contacts the caller
/// sees and that are not merged since, and a group left with fewer than two is not shown.
/// </summary>
internal sealed record ListCandidateGroups(Guid ScanId, int? Limit, string? Cursor) : IQuery<Result<Page<CandidateGroupResponse>>>;

internal sealed class ListCandidateGroupsHandler(ContactsDbContext db, IRecordVisibility visibility, LinkedCompanies companies)
    : IQueryHandler<ListCandidateGroups, Result<Page<CandidateGroupResponse>>>
{
    // A page reads this many rounds of groups at most, so a caller who sees few of the contacts never reads all groups at once.
    private const int MaxRounds = 10;

    public async ValueTask<Result<Page<CandidateGroupResponse>>> Handle(ListCandidateGroups query, CancellationToken cancellationToken)
    {
        if (query.Limit is < 1)
        {
            return Error.Validation("paging.limit_invalid", $"limit must be between 1 and {PageRequest.MaxLimit}.");
        }

        var after = 0;
        if (!string.IsNullOrEmpty(query.Cursor) && !GroupCursor.TryDecode(query.Cursor, out after))
        {
            return Error.Validation("paging.cursor_invalid", "cursor is not one this API returned: pass nextCursor from the previous page unchanged.");
        }

        var scanId = new DuplicateScanId(query.ScanId);
        var scan = await db.DuplicateScans.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null)
        {
            return Error.NotFound("duplicate_scan.not_found", $"There is no duplicate scan with the id {query.ScanId}.");
        }

        if (scan.Status != DuplicateScanStatus.Completed)
        {
            return Error.Conflict("duplicate_scan.not_completed", $"The scan is {scan.Status.ToString().ToLowerInvariant()}: its groups are listed once it completes.");
        }

        var latest = await db.DuplicateScans.AsNoTracking().Where(s => s.Status == DuplicateScanStatus.Completed)
            .OrderByDescending(s => s.FinishedAtUtc).ThenByDescending(s => s.Id).Select(s => s.Id).FirstAsync(cancellationToken);
        if (latest != scanId)
        {
            return Error.NotFound("duplicate_scan.superseded", "A later scan completed since: its groups replaced this one's (GET /api/v1/contacts/duplicate-scans/latest).");
        }

        var limit = Math.Min(query.Limit ?? PageRequest.DefaultLimit, PageRequest.MaxLimit);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var shown = new List<(int Rank, CandidateGroupResponse Group)>();
        for (var round = 0; round < MaxRounds && shown.Count <= limit; round++)
        {
            var groups = await db.CandidateGroups.AsNoTracking().Where(g => g.ScanId == scanId && g.Rank > after)
                .OrderBy(g => g.Rank).Take(limit + 1).ToListAsync(cancellationToken);
            foreach (var group in await VisiblePartsAsync(groups, visible, cancellationToken))
            {
                shown.Add(group);
                if (shown.Count > limit)
                {
                    break;
                }
            }

            if (groups.Count <= limit)
            {
                return new Page<CandidateGroupResponse>([.. shown.Take(limit).Select(s => s.Group)], shown.Count > limit ? GroupCursor.Encode(shown[limit - 1].Rank) : null);
            }

            after = groups[^1].Rank;
        }

        // A full page, or as far as the rounds went: the next page starts after the last group read.
        var next = shown.Count > limit ? shown[limit - 1].Rank : after;
        return new Page<CandidateGroupResponse>([.. shown.Take(limit).Select(s => s.Group)], GroupCursor.Encode(next));
    }

    private async Task<List<(int Rank, CandidateGroupResponse Group)>> VisiblePartsAsync(List<CandidateGroup> groups, VisibleOwners visible, CancellationToken cancellationToken)
    {
        var ids = groups.SelectMany(g => g.ContactIds).Distinct().Select(i => new ContactId(i)).ToList();
        var contacts = await db.Contacts.AsNoTracking().VisibleTo(visible).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var names = await companies.NamesAsync(contacts, cancellationToken);
        var byId = contacts.ToDictionary(c => c.Id.Value);
        var parts = new List<(int, CandidateGroupResponse)>();
        foreach (var group in groups)
        {
            var members = group.ContactIds.Where(byId.ContainsKey).Select(id => byId[id])
                .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id).Select(c => Member(c, names)).ToList();
            if (members.Count >= 2)
            {
                parts.Add((group.Rank, new CandidateGroupResponse(group.Id, group.Score, ReasonsOf(group.Reasons), members)));
            }
        }

        return parts;
    }

    private static List<LikenessReasons> ReasonsOf(LikenessReasons reasons) =>
        [.. Enum.GetValues<LikenessReasons>().Where(r => r != LikenessReasons.None && reasons.HasFlag(r))];

    private static CandidateMember Member(Contact c, IReadOnlyDictionary<Guid, string> companyNames) => new(
        c.Id.Value,
        c.FirstName,
        c.LastName,
        c.PrimaryEmail,
        c.PrimaryPhone is { } phone ? PhoneNumberReader.International(phone) : null,
        [.. c.Companies.Select(l => companyNames.GetValueOrDefault(l.CompanyId.Value)).OfType<string>()],
        c.CreatedAtUtc);
}
