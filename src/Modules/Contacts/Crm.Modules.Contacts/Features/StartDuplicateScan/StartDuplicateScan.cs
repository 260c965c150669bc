using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.DuplicateScans;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.StartDuplicateScan;

/// <summary>Asks for a duplicate scan over the whole base, run by the background worker; one at a time.</summary>
internal sealed record StartDuplicateScan : ICommand<Result<DuplicateScanResponse>>;

internal sealed class StartDuplicateScanHandler(ContactsDbContext db, ICurrentUser currentUser, WorkSignal<DuplicateScanWorker> signal, TimeProvider time)
    : ICommandHandler<StartDuplicateScan, Result<DuplicateScanResponse>>
{
    public async ValueTask<Result<DuplicateScanResponse>> Handle(StartDuplicateScan command, CancellationToken cancellationToken)
    {
        if (await PendingAsync(cancellationToken) is { } pending)
        {
            return AlreadyPending(pending);
        }

        var scan = DuplicateScan.Ask(currentUser.Id, time.GetUtcNow());
        db.DuplicateScans.Add(scan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Asked for at the same instant as another: the unique index on pending scans kept only one.
            if (await PendingAsync(cancellationToken) is { } other)
            {
                return AlreadyPending(other);
            }

            throw;
        }

        signal.Notify();
        return DuplicateScanResponse.From(scan);
    }

    private Task<DuplicateScan?> PendingAsync(CancellationToken cancellationToken) =>
        db.DuplicateScans.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Status == DuplicateScanStatus.Queued || s.Status == DuplicateScanStatus.Running, cancellationToken);

    private static Error AlreadyPending(DuplicateScan pending) =>
        Error.Conflict("duplicate_scan.already_running", $"A duplicate scan ({pending.Id.Value}) is already {pending.Status.ToString().ToLowerInvariant()}: follow it at /api/v1/contacts/duplicate-scans/latest.");
}
