using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Features.DuplicateScans;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.GetDuplicateScan;

/// <summary>A duplicate scan with its progress: the one with <see cref="Id"/>, or the latest asked for when it is null.</summary>
internal sealed record GetDuplicateScan(Guid? Id) : IQuery<Result<DuplicateScanResponse>>;

internal sealed class GetDuplicateScanHandler(ContactsDbContext db) : IQueryHandler<GetDuplicateScan, Result<DuplicateScanResponse>>
{
    public async ValueTask<Result<DuplicateScanResponse>> Handle(GetDuplicateScan query, CancellationToken cancellationToken)
    {
        var scans = db.DuplicateScans.AsNoTracking();
        var scan = query.Id is { } id
            ? await scans.FirstOrDefaultAsync(s => s.Id == new DuplicateScanId(id), cancellationToken)
            : await scans.OrderByDescending(s => s.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (scan is null)
        {
            return query.Id is null
                ? Error.NotFound("duplicate_scan.none", "No duplicate scan was ever asked for: start one with POST /api/v1/contacts/duplicate-scans.")
                : Error.NotFound("duplicate_scan.not_found", $"There is no duplicate scan with the id {query.Id}.");
        }

        return DuplicateScanResponse.From(scan);
    }
}
