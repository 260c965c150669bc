using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>Where a sorted list page ended: the sort it was read in, the last row's sort value and id; opaque to clients.</summary>
internal sealed record ListCursor(string Sort, string Value, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static ListCursor? Decode(string cursor)
    {
        try
        {
            return Base64Url.IsValid(cursor) ? JsonSerializer.Deserialize<ListCursor>(Base64Url.DecodeFromChars(cursor)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
