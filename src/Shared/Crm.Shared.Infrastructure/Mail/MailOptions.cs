using Microsoft.Extensions.Options;

namespace Crm.Shared.Infrastructure.Mail;

/// <summary>How the mail server is reached.</summary>
public enum MailSecurity
{
    /// <summary>TLS from the first byte on port 465, StartTLS when the server offers it on any other port.</summary>
    Auto,

    /// <summary>No TLS at all: the message and any password cross the network in clear.</summary>
    None,

    /// <summary>StartTLS on the plain port, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

/// <summary><c>Mail</c>: the SMTP server the CRM sends its mail through. Sending is off until a host and a from address are set.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Given with <see cref="Password"/> to sign in to the server; empty sends without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    /// <summary>The name the recipients see beside <see cref="FromAddress"/>; empty shows the address alone.</summary>
    public string? FromName { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(FromAddress);
}

/// <summary>Refuses at start-up a mail configuration that could not work, rather than at the first mail.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host) != string.IsNullOrWhiteSpace(options.FromAddress))
        {
            failures.Add($"{MailOptions.Section}: give Host and FromAddress together to send mail, or neither.");
        }

        if (!string.IsNullOrWhiteSpace(options.FromAddress) && !MailAddresses.IsValid(options.FromAddress))
        {
            failures.Add($"{MailOptions.Section}:FromAddress is not an email address.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{MailOptions.Section}:Port must be between 1 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(options.UserName) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{MailOptions.Section}: give UserName and Password together, or neither to send without signing in.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{MailOptions.Section}:Timeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
