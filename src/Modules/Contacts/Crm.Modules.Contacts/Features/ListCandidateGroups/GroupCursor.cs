using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Crm.Modules.Contacts.Features.ListCandidateGroups;

/// <summary>Where a page of a scan's groups ends: the rank of its last group, opaque to callers.</summary>
internal static class GroupCursor
{
    private const string Prefix = "rank:";

    public static string Encode(int rank) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + rank.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string text, out int rank)
    {
        rank = 0;
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return decoded.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(decoded.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out rank);
        }
        catch (FormatException)
        {
            return false; // Not one of ours.
        }
    }
}
