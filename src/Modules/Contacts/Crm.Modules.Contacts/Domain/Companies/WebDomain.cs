using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Companies;

/// <summary>
/// A company's internet domain (<c>danone.com</c>), lower-cased; what people paste from the address bar
/// (<c>https://www.danone.com/fr</c>) is reduced to the domain.
/// </summary>
internal static class WebDomain
{
    public const int MaxLength = 253;

    public static Result<string> Clean(string? typed)
    {
        var value = (typed ?? string.Empty).Trim().ToLowerInvariant();
        if (value.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            value = uri.Host;
        }

        value = value.Split('/')[0];
        if (value.StartsWith("www.", StringComparison.Ordinal))
        {
            value = value[4..];
        }

        return value.Length is > 0 and <= MaxLength && value.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(value) == UriHostNameType.Dns
            ? value
            : Error.Validation("company.domain_invalid", $"'{typed}' is not an internet domain such as example.com.");
    }
}
