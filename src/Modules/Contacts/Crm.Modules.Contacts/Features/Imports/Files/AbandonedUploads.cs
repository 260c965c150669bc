using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports.Files;

/// <summary>
/// Uploads never started: a week after the upload the import and its file go, so a wizard left half-way does not keep
/// a file of personal data for ever. Starting or previewing it then answers that it is not found.
/// </summary>
internal sealed class AbandonedUploads(ContactsDbContext db)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Deletes the uploads older than <see cref="Lifetime"/> at <paramref name="now"/>; how many.</summary>
    public async Task<int> DeleteAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - Lifetime;
        var abandoned = await db.Imports.Where(i => i.Status == ImportStatus.Uploaded && i.CreatedAtUtc < before)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var id in abandoned)
        {
            // The import first, still unstarted: one started meanwhile keeps its file.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.Imports.Where(i => i.Id == id && i.Status == ImportStatus.Uploaded).ExecuteDeleteAsync(cancellationToken) == 1)
            {
                await db.ImportFileChunks.Where(c => c.ImportId == id.Value).ExecuteDeleteAsync(cancellationToken);
                deleted++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return deleted;
    }
}
