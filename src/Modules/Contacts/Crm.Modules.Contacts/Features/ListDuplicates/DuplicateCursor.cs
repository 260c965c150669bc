using System.Buffers.Text;
using System.Text;
using Crm.Modules.Contacts.Features.Duplicates;

namespace Crm.Modules.Contacts.Features.ListDuplicates;

/// <summary>Where a page of duplicate groups ends: the reason and the key of its last group, opaque to callers.</summary>
internal sealed record DuplicateCursor(DuplicateReason Reason, string Key)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{(int)Reason}|{Key}"));

    public static bool TryDecode(string text, out DuplicateCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], out var reason) && Enum.IsDefined((DuplicateReason)reason))
            {
                cursor = new DuplicateCursor((DuplicateReason)reason, parts[1]);
            }
        }
        catch (FormatException)
        {
            // Not one of ours.
        }

        return cursor is not null;
    }
}
