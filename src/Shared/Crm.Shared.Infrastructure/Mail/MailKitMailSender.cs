using System.Net.Sockets;
using Crm.Shared.Kernel;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Crm.Shared.Infrastructure.Mail;

/// <summary>
/// One SMTP connection per message, through MailKit. A server that cannot be reached or refuses the message is an
/// expected failure (<c>mail.send_failed</c>); what is logged names the failure, never an address or a body.
/// </summary>
internal sealed partial class MailKitMailSender(IOptions<MailOptions> options, ILogger<MailKitMailSender> logger) : IMailSender
{
    private readonly MailOptions _options = options.Value;

    public bool IsConfigured => _options.IsConfigured;

    public async Task<Result> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return MailErrors.NotConfigured;
        }

        var message = MessageOf(mail);
        using var client = new SmtpClient { Timeout = (int)Math.Min(_options.Timeout.TotalMilliseconds, int.MaxValue) };
        try
        {
            await client.ConnectAsync(_options.Host!.Trim(), _options.Port, SocketOptions(_options.Security), cancellationToken);
            if (!string.IsNullOrWhiteSpace(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return Result.Success();
        }
        catch (Exception exception) when (Failure(exception, cancellationToken) is { } cause)
        {
            LogNotSent(logger, exception.GetType().Name, (exception as SmtpCommandException)?.StatusCode.ToString() ?? (exception as SocketException)?.SocketErrorCode.ToString());
            return MailErrors.SendFailed(cause);
        }
    }

    private MimeMessage MessageOf(OutgoingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(new MailboxAddress(_options.FromName?.Trim() ?? string.Empty, _options.FromAddress!.Trim()));
        message.To.AddRange(mail.To.Select(a => MailboxAddress.Parse(a.Trim())));
        message.Cc.AddRange(mail.Cc.Select(a => MailboxAddress.Parse(a.Trim())));
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions SocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    // What the user is told went wrong, or null for what is not a mail failure (a bug, or the caller giving up).
    private static string? Failure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "the mail server refused the connection (is it running, on the port set?).",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } => "the mail server's name could not be found.",
        SocketException socket => $"the mail server could not be reached ({socket.SocketErrorCode}).",
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused => $"the mail server refused the recipient {refused.Mailbox?.Address} ({(int)refused.StatusCode}).",
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } refused => $"the mail server refused the sender address set up ({(int)refused.StatusCode}).",
        SmtpCommandException refused => $"the mail server refused the message ({(int)refused.StatusCode}).",
        AuthenticationException => "the mail server refused the user name or password set up.",
        SslHandshakeException => "no secure connection could be made with the mail server (check Mail:Security and its certificate).",
        NotSupportedException => "the mail server does not offer what the settings ask (Mail:Security, or signing in).",
        TimeoutException or OperationCanceledException => "the mail server did not answer in time.",
        SmtpProtocolException or ServiceNotConnectedException or IOException => "the connection to the mail server broke.",
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail not sent: {Failure} (status {Status}).")]
    private static partial void LogNotSent(ILogger logger, string failure, string? status);
}
