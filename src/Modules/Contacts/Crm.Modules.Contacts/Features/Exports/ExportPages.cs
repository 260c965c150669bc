using System.Runtime.CompilerServices;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Exports;

/// <summary>The records of an export, read a page at a time in id order (from the primary key), never all at once.</summary>
internal static class ExportPages
{
    public const int PageSize = 1000;

    public static async IAsyncEnumerable<List<T>> ReadAsync<T, TId>(IQueryable<T> records, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : Entity<TId>
        where TId : struct, IComparable<TId>
    {
        List<T> page;
        TId? after = null;
        do
        {
            var query = records;
            if (after is { } from)
            {
                query = query.Where(r => r.Id.CompareTo(from) > 0);
            }

            page = await query.OrderBy(r => r.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count > 0)
            {
                yield return page;
                after = page[^1].Id;
            }
        }
        while (page.Count == PageSize);
    }
}
