using Crm.Shared.Kernel;

namespace Crm.Shared.Infrastructure.Mail;

/// <summary>Sends mail through the SMTP server of the <c>Mail</c> settings.</summary>
public interface IMailSender
{
    /// <summary>False until the <c>Mail</c> settings name a host and a from address.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Sends one message. Fails with <see cref="MailErrors.NotConfigured"/> (422) without settings, and with
    /// <c>mail.send_failed</c> (503) when the server cannot be reached or refuses the message.
    /// </summary>
    Task<Result> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
