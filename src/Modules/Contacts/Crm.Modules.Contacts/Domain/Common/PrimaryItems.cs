using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>
/// A list of email addresses, phone numbers or companies of which exactly one is the one to use: when none is marked, the first
/// is; marking two is a mistake worth telling.
/// </summary>
internal static class PrimaryItems
{
    public const int MaxCount = 10;

    public static Result<IReadOnlyList<T>> Normalise<T>(
        IReadOnlyList<T> items, Func<T, bool> isPrimary, Func<T, T> markPrimary, Func<T, string> key, string noun, string nouns)
    {
        if (items.Count > MaxCount)
        {
            return Error.Validation($"contact.too_many_{nouns}", $"A record holds at most {MaxCount} {nouns}.");
        }

        if (items.Count(isPrimary) > 1)
        {
            return Error.Validation($"contact.several_primary_{nouns}", $"Only one {noun} can be the primary one.");
        }

        var repeated = items.GroupBy(key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return Error.Validation($"contact.{noun}_repeated", $"The {noun} '{repeated.Key}' is given twice.");
        }

        if (items.Count == 0 || items.Any(isPrimary))
        {
            return Result<IReadOnlyList<T>>.Success(items);
        }

        return Result<IReadOnlyList<T>>.Success([markPrimary(items[0]), .. items.Where((_, index) => index > 0)]);
    }
}
