using Crm.Shared.Kernel;

namespace Crm.Shared.Infrastructure.Mail;

public static class MailErrors
{
    public const string SendFailedCode = "mail.send_failed";

    public static Error NotConfigured { get; } = Error.RuleBroken(
        "mail.not_configured",
        "Sending mail is not set up: an administrator must give the SMTP server (the Mail settings, such as Mail__Host and Mail__FromAddress).");

    public static Error SendFailed(string cause) => Error.Unavailable(SendFailedCode, $"The mail was not sent: {cause} Nothing was changed; try again later.");
}
