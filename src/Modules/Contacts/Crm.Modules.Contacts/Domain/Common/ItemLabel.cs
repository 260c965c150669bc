using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>The free label of an email address or a phone number ("work", "mobile"): optional, short, trimmed.</summary>
internal static class ItemLabel
{
    public const int MaxLength = 40;

    public static Result<string?> Clean(string? label)
    {
        var trimmed = label?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Result<string?>.Success(null);
        }

        return trimmed.Length <= MaxLength
            ? trimmed
            : Error.Validation("contact.label_too_long", $"A label holds at most {MaxLength} characters.");
    }
}
