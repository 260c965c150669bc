using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>Free tags on a record: trimmed, inner spaces collapsed, each kept once whatever its case.</summary>
internal static class Tags
{
    public const int MaxLength = 50;
    public const int MaxCount = 50;

    /// <summary>The tag as it is kept: trimmed, inner runs of spaces made one.</summary>
    public static string Normalise(string? tag) =>
        string.Join(' ', (tag ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static Result<IReadOnlyList<string>> Clean(IEnumerable<string?> tags)
    {
        var cleaned = new List<string>();
        foreach (var tag in tags)
        {
            var value = Normalise(tag);
            if (value.Length == 0)
            {
                continue;
            }

            if (value.Length > MaxLength || value.Any(char.IsControl))
            {
                return Error.Validation("tag.invalid", $"A tag is at most {MaxLength} printable characters: '{value}' is not.");
            }

            if (!cleaned.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                cleaned.Add(value);
            }
        }

        return cleaned.Count <= MaxCount
            ? Result<IReadOnlyList<string>>.Success(cleaned)
            : Error.Validation("tag.too_many", $"A record holds at most {MaxCount} tags.");
    }
}
