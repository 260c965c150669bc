using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>
/// A priced offer made on a deal. A draft is edited freely; once sent, a quote is never edited again: it is accepted,
/// declined or expires, and a change is a new revision (a new draft with the same number, "DEV-2026-00001-V2").
/// </summary>
/// <remarks>
/// Dates compared with <see cref="ValidUntil"/> are the date of the <c>now</c> passed in, at its own offset: pass the
/// time in the zone the validity is meant in (UTC from <see cref="TimeProvider.GetUtcNow"/> otherwise).
/// </remarks>
internal sealed class Quote : AggregateRoot<QuoteId>
{
    public const int MaxLines = 200;
    public const int NotesMaxLength = 2_000;
    public const int RevisionValidityDays = 30;
    public const string French = "fr";
    public const string English = "en";

    private readonly List<QuoteLine> _lines = [];

    private Quote(QuoteId id, Guid dealId, string number, int year, int sequence, int revision, string currency, DateTimeOffset createdAtUtc)
        : base(id)
    {
        DealId = dealId;
        Number = number;
        Year = year;
        Sequence = sequence;
        Revision = revision;
        Currency = currency;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public Guid DealId { get; private init; }

    /// <summary>The number every revision shares, "DEV-2026-00001".</summary>
    public string Number { get; private init; }

    public int Year { get; private init; }

    public int Sequence { get; private init; }

    /// <summary>1 for the first quote, then 2, 3 … for each new revision.</summary>
    public int Revision { get; private init; }

    /// <summary>The number shown to the customer: <see cref="Number"/>, then "DEV-2026-00001-V2" from the second revision.</summary>
    public string DisplayNumber => Revision == 1 ? Number : $"{Number}-V{Revision}";

    /// <summary>The ISO 4217 code of every amount of the quote, upper case.</summary>
    public string Currency { get; private init; }

    /// <summary>The language the quote is written and printed in: "fr" or "en".</summary>
    public string Language { get; private set; } = French;

    /// <summary>The last day the customer may accept the quote.</summary>
    public DateOnly ValidUntil { get; private set; }

    public QuoteStatus Status { get; private set; }

    public IReadOnlyList<QuoteLine> Lines => _lines;

    public QuoteTotals Totals => QuoteTotals.Of(_lines);

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset UpdatedAtUtc { get; private set; }

    public DateTimeOffset? SentAtUtc { get; private set; }

    /// <summary>When the quote was accepted or declined.</summary>
    public DateTimeOffset? DecidedAtUtc { get; private set; }

    /// <summary>Who recorded the acceptance or the refusal.</summary>
    public Guid? DecidedBy { get; private set; }

    /// <summary>The end of the last day of validity (midnight UTC after <see cref="ValidUntil"/>), once found expired.</summary>
    public DateTimeOffset? ExpiredAtUtc { get; private set; }

    /// <summary>When the quote was last emailed from the CRM.</summary>
    public DateTimeOffset? LastEmailedAtUtc { get; private set; }

    /// <summary>The addresses it was last emailed to (recipients, then copies), separated by ", ".</summary>
    [PersonalData]
    public string? LastEmailedTo { get; private set; }

    /// <summary>A first draft (revision 1); it may have no line yet, but it needs one to be sent.</summary>
    public static Result<Quote> CreateDraft(
        Guid dealId,
        QuoteNumber number,
        string currency,
        string language,
        DateOnly validUntil,
        IReadOnlyList<QuoteLine> lines,
        string? notes,
        DateTimeOffset now)
    {
        var money = Money.Create(0m, currency);
        if (!money.IsSuccess)
        {
            return Error.Validation("quote.currency_invalid", $"'{currency}' is not an ISO 4217 currency code (for example EUR, USD, GBP).");
        }

        return New(dealId, number.ToString(), number.Year, number.Sequence, 1, money.Value.Currency, language, validUntil, lines, notes, now);
    }

    /// <summary>Replaces what a draft says; a sent quote is never edited.</summary>
    public Result ReplaceDraft(IReadOnlyList<QuoteLine> lines, DateOnly validUntil, string? notes, string language, DateTimeOffset now)
    {
        if (Status != QuoteStatus.Draft)
        {
            return Error.Conflict("quote.not_draft", $"Quote {DisplayNumber} is {Describe(Status)}: a sent quote is never edited, make a new revision of it instead.");
        }

        var written = Write(lines, validUntil, notes, language);
        if (!written.IsSuccess)
        {
            return written;
        }

        UpdatedAtUtc = now.ToStoredPrecision();
        return Result.Success();
    }

    /// <summary>Records that the draft went to the customer; it needs a line and a validity that has not passed.</summary>
    public Result MarkSent(DateTimeOffset now)
    {
        if (Status != QuoteStatus.Draft)
        {
            return Error.Conflict("quote.not_draft", $"Quote {DisplayNumber} is {Describe(Status)}: only a draft can be sent. Make a new revision to send it again.");
        }

        if (_lines.Count == 0)
        {
            return Error.RuleBroken("quote.empty", $"Quote {DisplayNumber} has no line: add at least one line before sending it.");
        }

        if (DateOf(now) > ValidUntil)
        {
            return Error.RuleBroken("quote.validity_past", $"Quote {DisplayNumber} was valid until {ValidUntil:yyyy-MM-dd}, which has passed: give it a later date before sending it.");
        }

        now = now.ToStoredPrecision();
        Status = QuoteStatus.Sent;
        SentAtUtc = now;
        UpdatedAtUtc = now;
        Raise(new QuoteSent(Id, DealId, DisplayNumber, ValidUntil, now));
        return Result.Success();
    }

    /// <summary>
    /// Records that the quote was emailed to <paramref name="recipients"/>: a draft is sent by it (see
    /// <see cref="MarkSent"/>); a sent quote may be emailed again while it is valid; a decided or expired one is not.
    /// </summary>
    public Result MarkEmailed(IReadOnlyList<string> recipients, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfZero(recipients.Count);
        switch (Status)
        {
            case QuoteStatus.Draft:
                var sent = MarkSent(now);
                if (!sent.IsSuccess)
                {
                    return sent;
                }

                break;
            case QuoteStatus.Sent when DateOf(now) > ValidUntil:
                return Error.RuleBroken("quote.validity_past", $"Quote {DisplayNumber} was valid until {ValidUntil:yyyy-MM-dd}, which has passed: make a new revision to send it again.");
            case QuoteStatus.Sent:
                break;
            case QuoteStatus.Accepted:
                return Error.Conflict("quote.not_emailable", $"Quote {DisplayNumber} was accepted: its order is on the deal, the quote is not emailed again.");
            default:
                return Error.Conflict("quote.not_emailable", $"Quote {DisplayNumber} is {Describe(Status)}: make a new revision to send it again.");
        }

        now = now.ToStoredPrecision();
        LastEmailedAtUtc = now;
        LastEmailedTo = string.Join(", ", recipients);
        UpdatedAtUtc = now;
        return Result.Success();
    }

    /// <summary>Records the customer's acceptance of a sent quote, on or before its last day of validity.</summary>
    public Result Accept(Guid by, DateTimeOffset now)
    {
        if (Status == QuoteStatus.Expired || (Status == QuoteStatus.Sent && DateOf(now) > ValidUntil))
        {
            return Error.RuleBroken("quote.expired", $"Quote {DisplayNumber} was valid until {ValidUntil:yyyy-MM-dd}: it can no longer be accepted. Make a new revision with a new validity.");
        }

        if (Status != QuoteStatus.Sent)
        {
            return Error.Conflict("quote.not_sent", $"Quote {DisplayNumber} is {Describe(Status)}: only a sent quote can be accepted.");
        }

        now = now.ToStoredPrecision();
        Decide(QuoteStatus.Accepted, by, now);
        var totals = Totals;
        var productIds = _lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        Raise(new QuoteAccepted(Id, DealId, Currency, totals.Net, totals.Gross, productIds, by, now));
        return Result.Success();
    }

    /// <summary>Records the customer's refusal of a sent quote.</summary>
    public Result Decline(Guid by, DateTimeOffset now)
    {
        if (Status != QuoteStatus.Sent)
        {
            return Error.Conflict("quote.not_sent", $"Quote {DisplayNumber} is {Describe(Status)}: only a sent quote can be declined.");
        }

        now = now.ToStoredPrecision();
        Decide(QuoteStatus.Declined, by, now);
        Raise(new QuoteDeclined(Id, DealId, by, now));
        return Result.Success();
    }

    /// <summary>Expires a sent quote whose last day of validity is before <paramref name="today"/>; true when it did.</summary>
    public bool ExpireIfDue(DateOnly today)
    {
        if (Status != QuoteStatus.Sent || today <= ValidUntil)
        {
            return false;
        }

        Status = QuoteStatus.Expired;
        ExpiredAtUtc = new DateTimeOffset(ValidUntil.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        UpdatedAtUtc = ExpiredAtUtc.Value;
        return true;
    }

    /// <summary>
    /// A new draft of a sent, declined or expired quote: same number, next revision, same lines, valid until the later
    /// of this quote's validity and 30 days from today. Revise the latest revision: the next one takes its number + 1.
    /// </summary>
    public Result<Quote> Revise(DateTimeOffset now)
    {
        switch (Status)
        {
            case QuoteStatus.Draft:
                return Error.Conflict("quote.is_draft", $"Quote {DisplayNumber} is still a draft: edit it instead of making a new revision.");
            case QuoteStatus.Accepted:
                return Error.Conflict("quote.accepted", $"Quote {DisplayNumber} was accepted: an accepted quote is not revised.");
            default:
                var validity = DateOf(now).AddDays(RevisionValidityDays);
                var validUntil = validity > ValidUntil ? validity : ValidUntil;
                return New(DealId, Number, Year, Sequence, Revision + 1, Currency, Language, validUntil, _lines, Notes, now);
        }
    }

    private static Result<Quote> New(
        Guid dealId,
        string number,
        int year,
        int sequence,
        int revision,
        string currency,
        string language,
        DateOnly validUntil,
        IReadOnlyList<QuoteLine> lines,
        string? notes,
        DateTimeOffset now)
    {
        now = now.ToStoredPrecision();
        var quote = new Quote(QuoteId.New(), dealId, number, year, sequence, revision, currency, now);
        var written = quote.Write(lines, validUntil, notes, language);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        quote.Raise(new QuoteCreated(quote.Id, dealId, quote.DisplayNumber, now));
        return quote;
    }

    private Result Write(IReadOnlyList<QuoteLine> lines, DateOnly validUntil, string? notes, string language)
    {
        if (lines.Count > MaxLines)
        {
            return Error.Validation("quote.too_many_lines", $"A quote holds {MaxLines} lines at most; this one has {lines.Count}.");
        }

        var code = language?.Trim().ToLowerInvariant();
        if (code is not (French or English))
        {
            return Error.Validation("quote.language_invalid", $"A quote is written in French (\"{French}\") or English (\"{English}\"), not '{language}'.");
        }

        var text = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (text?.Length > NotesMaxLength)
        {
            return Error.Validation("quote.notes_too_long", $"The notes of a quote hold {NotesMaxLength} characters at most.");
        }

        _lines.Clear();
        _lines.AddRange(lines);
        ValidUntil = validUntil;
        Notes = text;
        Language = code;
        return Result.Success();
    }

    private void Decide(QuoteStatus status, Guid by, DateTimeOffset now)
    {
        Status = status;
        DecidedBy = by;
        DecidedAtUtc = now;
        UpdatedAtUtc = now;
    }

    // The calendar date at the offset the caller gave, not converted to UTC.
    private static DateOnly DateOf(DateTimeOffset now) => DateOnly.FromDateTime(now.DateTime);

    private static string Describe(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft => "a draft",
        QuoteStatus.Sent => "sent",
        QuoteStatus.Accepted => "accepted",
        QuoteStatus.Declined => "declined",
        _ => "expired",
    };
}
