using System.Net.Mail;

namespace Crm.Shared.Kernel;

/// <summary>A single mailbox address, trimmed, at most 254 characters (RFC 5321).</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static Result<EmailAddress> Create(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxLength
            || !MailAddress.TryCreate(trimmed, out var parsed)
            || parsed.Address != trimmed
            || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            return Error.Validation("contact.email_invalid", $"'{value}' is not a valid email address.");
        }

        return new EmailAddress(trimmed);
    }

    /// <summary>For values already validated when they were stored.</summary>
    public static EmailAddress FromStored(string value) => new(value);

    public override string ToString() => Value;
}
