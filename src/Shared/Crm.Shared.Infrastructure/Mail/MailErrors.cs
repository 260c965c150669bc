using Crm.Shared.Kernel;

namespace Crm.Shared.Infrastructure.Mail;

public static class MailErrors
{
    public static Error NotConfigured { get; } = Error.RuleBroken(
        "mail.not_configured",
        "Sending mail is not set up: an administrator must give the SMTP server (the Mail settings, such as Mail__Host and Mail__FromAddress).");

    public static Error SendFailed(string cause) => Error.Unavailable("mail.send_failed", $"The mail was not sent: {cause} Nothing was changed; try again later.");
}
