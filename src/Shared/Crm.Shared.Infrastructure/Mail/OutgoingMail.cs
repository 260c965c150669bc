namespace Crm.Shared.Infrastructure.Mail;

/// <summary>One message to send: plain text, optionally HTML beside it, and files attached.</summary>
public sealed record OutgoingMail(
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string TextBody,
    string? HtmlBody = null,
    IReadOnlyList<MailAttachment>? Attachments = null);

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
