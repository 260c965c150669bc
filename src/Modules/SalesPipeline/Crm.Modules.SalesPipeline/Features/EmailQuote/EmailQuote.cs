using Crm.Modules.SalesPipeline.Features.QuotePdf;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Mail;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.EmailQuote;

/// <summary>
/// Emails a quote's PDF to the customer. A draft is sent by it, as <c>send</c> does; a sent quote may be emailed again.
/// Without a subject or a message, those of <see cref="QuoteMailTexts"/> in the quote's language go.
/// </summary>
internal sealed record EmailQuote(Guid Id, IReadOnlyList<string>? To, IReadOnlyList<string>? Cc, string? Subject, string? Message, VersionPrecondition Precondition)
    : ICommand<Result<QuoteResponse>>;

internal sealed class EmailQuoteValidator : AbstractValidator<EmailQuote>
{
    public const int MaxRecipients = 20;
    public const int SubjectMaxLength = 200;
    public const int MessageMaxLength = 10_000;

    public EmailQuoteValidator()
    {
        RuleFor(c => c.To).NotEmpty().WithMessage("Give at least one recipient.")
            .Must(to => to is null || to.Count <= MaxRecipients).WithMessage($"{MaxRecipients} recipients at most.");
        RuleForEach(c => c.To).Must(MailAddresses.IsValid).WithMessage("'{PropertyValue}' is not an email address.");
        RuleFor(c => c.Cc).Must(cc => cc is null || cc.Count <= MaxRecipients).WithMessage($"{MaxRecipients} copies at most.");
        RuleForEach(c => c.Cc).Must(MailAddresses.IsValid).WithMessage("'{PropertyValue}' is not an email address.");
        RuleFor(c => c.Subject).MaximumLength(SubjectMaxLength)
            .Must(s => s is null || !s.Any(char.IsControl)).WithMessage("The subject is one line of text.");
        RuleFor(c => c.Message).MaximumLength(MessageMaxLength);
    }
}

internal sealed class EmailQuoteHandler(SalesDbContext db, VisibleQuoteLoader quotes, QuotePdfPrinter printer, IMailSender mail, TimeProvider time)
    : ICommandHandler<EmailQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(EmailQuote command, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (quote, deal) = loaded.Value;
        var current = command.Precondition.Check(quote.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        if (!mail.IsConfigured)
        {
            return MailErrors.NotConfigured;
        }

        var seller = await printer.SellerAsync(cancellationToken);
        if (!seller.IsSuccess)
        {
            return seller.Error!;
        }

        var to = Addresses(command.To, except: []);
        var cc = Addresses(command.Cc, except: to);
        // Marked first, so the PDF is dated as sent; nothing is saved unless the mail goes.
        var emailed = quote.MarkEmailed([.. to, .. cc], time.GetUtcNow());
        if (!emailed.IsSuccess)
        {
            return emailed.Error!;
        }

        var pdf = await printer.PrintAsync(quote, deal, seller.Value, cancellationToken);
        var texts = new QuoteMailTexts(quote, deal.Name, seller.Value.Name);
        var message = new OutgoingMail(
            to,
            cc,
            string.IsNullOrWhiteSpace(command.Subject) ? texts.Subject : command.Subject.Trim(),
            string.IsNullOrWhiteSpace(command.Message) ? texts.Body : command.Message,
            Attachments: [new MailAttachment(pdf.FileName, QuotePdfFile.ContentType, pdf.Content)]);
        var sent = await mail.SendAsync(message, cancellationToken);
        if (!sent.IsSuccess)
        {
            return sent.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return QuoteResponse.From(quote);
    }

    // The same address given twice, or as a recipient and a copy, goes once (as a recipient).
    private static List<string> Addresses(IReadOnlyList<string>? addresses, IReadOnlyList<string> except) =>
        [.. (addresses ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Except(except, StringComparer.OrdinalIgnoreCase)];
}
