using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>A page of a sorted list: its rows, the cursor of the next page, and with the first page how many there are (estimated above 10,000).</summary>
internal sealed record SortedPage<T>(IReadOnlyList<T> Items, string? NextCursor, long? Total, bool TotalIsEstimate);

/// <summary>
/// One page of a list asked for in a sort, checked before anything is read (the sort known, the cursor one this list
/// gave in this sort), then read by keyset on (sort value, id) from the cursor on.
/// </summary>
internal sealed class SortedPageRequest<T, TId>
    where T : Entity<TId>
    where TId : struct, IComparable<TId>, ITypedId
{
    private readonly SortField<T, TId> _order;
    private readonly bool _descending;
    private readonly string _sortName;
    private readonly ListCursor? _after;
    private readonly TId _afterId;
    private readonly int _limit;

    private SortedPageRequest(SortField<T, TId> order, bool descending, ListCursor? after, TId afterId, int limit)
    {
        _order = order;
        _descending = descending;
        _sortName = (descending ? "-" : string.Empty) + order.Name;
        _after = after;
        _afterId = afterId;
        _limit = limit;
    }

    public static Result<SortedPageRequest<T, TId>> Read(ListFields<T, TId> fields, int? limit, string? cursor, string? sort)
    {
        var paging = PageRequest.Parse(limit, cursor: null);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var sorted = fields.Sort(sort);
        if (!sorted.IsSuccess)
        {
            return sorted.Error;
        }

        var (order, descending) = sorted.Value;
        var sortName = (descending ? "-" : string.Empty) + order.Name;
        var after = cursor is { Length: > 0 } ? ListCursor.Decode(cursor) : null;
        if (cursor is { Length: > 0 } && (after?.Value is null || after.Sort != sortName || !order.Accepts(after.Value)))
        {
            return Error.Validation("paging.cursor_invalid", "cursor is not one this list returned: pass nextCursor from the previous page unchanged, with the same sort.");
        }

        return new SortedPageRequest<T, TId>(order, descending, after, after is null ? default : fields.IdOf(after.Id), paging.Value.Limit);
    }

    /// <summary>The page of <paramref name="records"/> (already narrowed to what the caller sees and asked for).</summary>
    public async Task<SortedPage<T>> ReadAsync(IQueryable<T> records, RowEstimates estimates, CancellationToken cancellationToken)
    {
        var page = _after is null ? records : _order.After(records, _after.Value, _afterId, _descending);
        var rows = await _order.Order(page, _descending).Take(_limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > _limit ? new ListCursor(_sortName, _order.ValueOf(rows[_limit - 1]), rows[_limit - 1].Id.Value).Encode() : null;
        // A first page holding the whole list counts it: no query needed.
        var (total, estimated) = _after is not null ? (0, false)
            : next is null ? (rows.Count, false)
            : await estimates.CountAsync(records, cancellationToken);
        return new SortedPage<T>([.. rows.Take(_limit)], next, _after is null ? total : null, estimated);
    }
}
