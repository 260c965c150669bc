using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Persistence.Imports;

/// <summary>
/// PostgreSQL settings for the transaction of an import batch. A batch's commit need not wait for the disk: a crash
/// loses the last batch and its progress together, and the import resumes before it. The trigram index of the search
/// text takes new rows into its pending list, merged in bulk (<see cref="MergePendingSearchEntriesAsync"/>) rather
/// than row by row: that index is most of the cost of writing a contact.
/// </summary>
internal static class ImportSession
{
    public static Task PrepareAsync(ContactsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off; SET LOCAL gin_pending_list_limit = '64MB'", cancellationToken);

    /// <summary>Searches read the pending list row by row: merged once the import is done.</summary>
    public static Task MergePendingSearchEntriesAsync(ContactsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SELECT gin_clean_pending_list('contacts.ix_contacts_search_text'::regclass)", cancellationToken);
}
