using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Imports;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Contacts.Features.Imports.Running;

/// <summary>Takes the next import with work to do and does it: its rows batch after batch, or its revert.</summary>
internal sealed class ImportJob(
    ContactsDbContext db, ImportBatch batch, IServiceScopeFactory scopes, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportJob> logger)
{
    // Long enough to skip the saved rows of any file when resuming; a process that died is taken over after it.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Whether an import was taken (and worked on).</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var candidates = await db.Imports
            .Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running || i.Status == ImportStatus.Reverting)
            .OrderBy(i => i.Id).Take(10).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var import in candidates)
        {
            if (!import.TryLease(now, now + Lease))
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear(); // Another process took it first: look again.
                return true;
            }

            await RunAsync(import.Id, import.LeaseToken!.Value, import.Status == ImportStatus.Reverting, cancellationToken);
            return true;
        }

        return false;
    }

    private async Task RunAsync(ImportId id, Guid token, bool reverting, CancellationToken cancellationToken)
    {
        try
        {
            if (reverting)
            {
                await RevertAsync(id, cancellationToken);
            }
            else
            {
                await ImportAsync(id, token, cancellationToken);
            }
        }
        catch (ImportLeaseLostException)
        {
            logger.LogWarning("Import {ImportId} was taken over by another worker after its lease ran out; this one stops.", id.Value);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed a contact of the batch meanwhile: the batch was not saved; it is taken again at once.
            logger.LogInformation("A batch of import {ImportId} met a concurrent change; it is tried again.", id.Value);
            db.ChangeTracker.Clear();
            var import = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
            import.ReleaseLease(token);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            // A workbook damaged past its first rows is found out only while reading it.
            await FailAsync(id, $"{ex.Message} The rows saved so far are kept: revert them, or import the rest again.", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import {ImportId} stopped on an unexpected error.", id.Value);
            await FailAsync(
                id,
                reverting
                    ? "Reverting stopped on an unexpected error; the contacts deleted so far stay deleted: revert again."
                    : "The import stopped on an unexpected error; the rows saved so far are kept: revert them, or import the rest again.",
                cancellationToken);
        }
    }

    private async Task FailAsync(ImportId id, string reason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var import = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
        import.Fail(reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await DeleteFileAsync(id, cancellationToken);
    }

    private async Task ImportAsync(ImportId id, Guid token, CancellationToken cancellationToken)
    {
        var import = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        var settings = ImportSettings.Create(import.Columns, import.Headers.Count, import.Policy, import.MatchKey, import.MatchCustomField);
        var saved = import.RowsRead;
        if (settings.IsSuccess)
        {
            // A separate context reads the file, so its queries never meet the batch's transaction or COPY.
            await using var scope = scopes.CreateAsyncScope();
            await using var file = await scope.ServiceProvider.GetRequiredService<ImportFiles>().OpenAsync(id, cancellationToken);
            var toSkip = saved;
            var rows = new List<ImportRow>(options.Value.BatchSize);
            foreach (var row in ImportFileReader.ReadRows(file, ImportShape.Of(import)))
            {
                if (toSkip > 0)
                {
                    toSkip--; // Saved before a restart.
                    continue;
                }

                rows.Add(row);
                if (rows.Count == options.Value.BatchSize)
                {
                    await batch.SaveAsync(id, token, saved, rows, settings.Value, Lease, cancellationToken);
                    saved += rows.Count;
                    rows.Clear();
                }
            }

            await batch.SaveAsync(id, token, saved, rows, settings.Value, Lease, cancellationToken);
            saved += rows.Count;
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await ImportSession.MergePendingSearchEntriesAsync(db, cancellationToken);
            }
        }

        db.ChangeTracker.Clear();
        var finished = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
        if (!finished.IsHeldBy(token, saved))
        {
            throw new ImportLeaseLostException(id);
        }

        if (settings.IsSuccess)
        {
            finished.Complete(time.GetUtcNow());
        }
        else
        {
            finished.Fail(settings.Error.Message, time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        await DeleteFileAsync(id, cancellationToken);
    }

    private async Task DeleteFileAsync(ImportId id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ImportFiles>().DeleteAsync(id, cancellationToken);
    }

    private async Task RevertAsync(ImportId id, CancellationToken cancellationToken)
    {
        while (await DeleteCreatedContactsAsync(id, cancellationToken))
        {
        }

        CompanyId? after = null;
        while (await DeleteCreatedCompaniesAsync(id, after, cancellationToken) is { } last)
        {
            after = last;
        }

        db.ChangeTracker.Clear();
        var import = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
        import.FinishReverting(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes a batch of the contacts the import created; false when none is left.</summary>
    private async Task<bool> DeleteCreatedContactsAsync(ImportId id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // Merged-away contacts it created go too; a contact others were merged into since stays, with them.
        var ids = await db.Contacts.IgnoreQueryFilters()
            .Where(c => c.ImportId == id && !db.Contacts.IgnoreQueryFilters().Any(m => m.MergedIntoId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return false;
        }

        var guids = ids.Select(c => c.Value).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Notes.Where(n => n.Subject == RecordKind.Contact && guids.Contains(n.SubjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.Contacts.IgnoreQueryFilters().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await RecordAsync(id, import => import.RecordReverted(guids, time.GetUtcNow()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Deletes the companies the import created that nobody has used since (never edited nor merged, with no contact,
    /// subsidiary or note) among the next batch after <paramref name="after"/>: the last one looked at, null when none is left.
    /// </summary>
    private async Task<CompanyId?> DeleteCreatedCompaniesAsync(ImportId id, CompanyId? after, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var companies = db.Companies.IgnoreQueryFilters();
        var created = after is { } last ? companies.Where(c => c.Id.CompareTo(last) > 0) : companies;
        var unused = await created
            .Where(c => c.ImportId == id && c.UpdatedAtUtc == null && c.MergedIntoId == null
                && !companies.Any(o => o.ParentCompanyId == c.Id || o.MergedIntoId == c.Id)
                && !db.Contacts.IgnoreQueryFilters().Any(p => p.Companies.Any(l => l.CompanyId == c.Id)))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var guids = unused.ConvertAll(c => c.Value);
        var noted = await db.Notes.Where(n => n.Subject == RecordKind.Company && guids.Contains(n.SubjectId)).Select(n => n.SubjectId).ToListAsync(cancellationToken);
        var ids = unused.Where(c => !noted.Contains(c.Value)).ToList();
        if (unused.Count == 0)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await companies.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await RecordAsync(id, import => import.RecordCompaniesReverted(ids.ConvertAll(c => c.Value), time.GetUtcNow()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unused[^1];
    }

    private async Task RecordAsync(ImportId id, Action<ContactImport> record, CancellationToken cancellationToken)
    {
        var import = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
        record(import);
        import.ExtendLease(time.GetUtcNow() + Lease);
        await db.SaveChangesAsync(cancellationToken);
    }
}
