using System.Buffers.Text;
using Crm.Shared.Kernel;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>One page of a keyset-paged list: pass <see cref="NextCursor"/> back as <c>?cursor=</c> for the next.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary><c>?limit=&amp;cursor=</c>: the limit defaults to 50 and is capped at 200; the cursor is opaque.</summary>
public sealed record PageRequest(int Limit, Guid? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static Result<PageRequest> Parse(int? limit, string? cursor)
    {
        if (limit is < 1)
        {
            return Error.Validation("paging.limit_invalid", $"limit must be between 1 and {MaxLimit}.");
        }

        Guid? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!TryDecode(cursor, out var decoded))
            {
                return Error.Validation("paging.cursor_invalid", "cursor is not one this API returned: pass nextCursor from the previous page unchanged.");
            }

            after = decoded;
        }

        return new PageRequest(Math.Min(limit ?? DefaultLimit, MaxLimit), after);
    }

    /// <summary>Builds the page from up to Limit + 1 rows read in key order: the extra row says there is more.</summary>
    public Page<TOut> ToPage<TRow, TOut>(IReadOnlyList<TRow> rows, Func<TRow, Guid> key, Func<TRow, TOut> map)
    {
        var items = rows.Take(Limit).Select(map).ToList();
        var next = rows.Count > Limit ? Encode(key(rows[Limit - 1])) : null;
        return new Page<TOut>(items, next);
    }

    public static string Encode(Guid key) => Base64Url.EncodeToString(key.ToByteArray(bigEndian: true));

    private static bool TryDecode(string cursor, out Guid key)
    {
        key = Guid.Empty;
        Span<byte> bytes = stackalloc byte[24];
        if (!Base64Url.IsValid(cursor) || Base64Url.GetMaxDecodedLength(cursor.Length) > bytes.Length)
        {
            return false;
        }

        var status = Base64Url.DecodeFromChars(cursor, bytes, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != 16)
        {
            return false;
        }

        key = new Guid(bytes[..16], bigEndian: true);
        return true;
    }
}
