using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports.Files;

/// <summary>Keeps an uploaded file in the database in chunks, and reads it back as a seekable stream.</summary>
internal sealed class ImportFiles(ContactsDbContext db)
{
    /// <summary>Stores <paramref name="source"/> and answers its size, or null when it is larger than <paramref name="maxBytes"/> (nothing is kept then).</summary>
    public async Task<long?> SaveAsync(ImportId id, Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        long size = 0;
        var index = 0;
        var buffer = new byte[ImportFileChunk.Size];
        while (true)
        {
            var filled = await source.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            if (filled == 0)
            {
                break;
            }

            size += filled;
            if (size > maxBytes)
            {
                await DeleteAsync(id, cancellationToken);
                return null;
            }

            db.ImportFileChunks.Add(new ImportFileChunk { ImportId = id.Value, Index = index++, Bytes = buffer[..filled] });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return size;
    }

    public async Task<ImportFileStream> OpenAsync(ImportId id, CancellationToken cancellationToken)
    {
        var sizes = await db.ImportFileChunks.AsNoTracking().Where(c => c.ImportId == id.Value).OrderBy(c => c.Index)
            .Select(c => c.Bytes.Length).ToListAsync(cancellationToken);
        return new ImportFileStream(sizes.Sum(s => (long)s), index =>
            db.ImportFileChunks.AsNoTracking().Where(c => c.ImportId == id.Value && c.Index == index).Select(c => c.Bytes).Single());
    }

    public Task DeleteAsync(ImportId id, CancellationToken cancellationToken) =>
        db.ImportFileChunks.Where(c => c.ImportId == id.Value).ExecuteDeleteAsync(cancellationToken);
}
