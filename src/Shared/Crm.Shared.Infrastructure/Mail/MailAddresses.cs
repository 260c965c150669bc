using MimeKit;

namespace Crm.Shared.Infrastructure.Mail;

public static class MailAddresses
{
    public const int MaxLength = 254;

    /// <summary>A bare address such as <c>anne@example.fr</c>: no display name, no group, one <c>@</c> with text on both sides.</summary>
    public static bool IsValid(string? text)
    {
        var address = text?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength || address.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        return at > 0
            && at < address.Length - 1
            && MailboxAddress.TryParse(ParserOptions.Default, address, out var mailbox)
            && string.Equals(mailbox.Address, address, StringComparison.Ordinal);
    }
}
