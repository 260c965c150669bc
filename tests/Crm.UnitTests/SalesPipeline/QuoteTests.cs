using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class QuoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly Guid DealId = Guid.NewGuid();
    private static readonly Guid Seller = Guid.NewGuid();
    private static readonly Guid ProductA = Guid.NewGuid();
    private static readonly Guid ProductB = Guid.NewGuid();

    [Test]
    public void CreateDraft_WhenValid_IsTheFirstRevisionOfADraftAndRaisesQuoteCreated()
    {
        var quote = Quote.CreateDraft(DealId, Number(1), " eur ", "FR", Today.AddDays(30), [Line()], "  Livraison incluse  ", Now.AddTicks(1234)).Value;

        Assert.Multiple(() =>
        {
            Assert.That((quote.Status, quote.Revision, quote.Number, quote.DisplayNumber), Is.EqualTo((QuoteStatus.Draft, 1, "DEV-2026-00001", "DEV-2026-00001")));
            Assert.That((quote.Year, quote.Sequence, quote.DealId), Is.EqualTo((2026, 1, DealId)));
            Assert.That((quote.Currency, quote.Language, quote.Notes), Is.EqualTo(("EUR", "fr", "Livraison incluse")));
            Assert.That(quote.CreatedAtUtc, Is.EqualTo(Now.ToStoredPrecision()));
            Assert.That((quote.SentAtUtc, quote.DecidedAtUtc, quote.DecidedBy, quote.ExpiredAtUtc), Is.EqualTo(((DateTimeOffset?)null, (DateTimeOffset?)null, (Guid?)null, (DateTimeOffset?)null)));
            Assert.That(quote.DomainEvents.Single(), Is.EqualTo(new QuoteCreated(quote.Id, DealId, "DEV-2026-00001", Now)));
        });
    }

    [Test]
    public void CreateDraft_WhenThereIsNoLine_IsAccepted()
    {
        var created = Quote.CreateDraft(DealId, Number(1), "EUR", "en", Today, [], null, Now);

        Assert.Multiple(() =>
        {
            Assert.That(created.IsSuccess, Is.True);
            Assert.That(created.Value.Totals, Is.EqualTo(QuoteTotals.Empty));
        });
    }

    [TestCase("EU")]
    [TestCase("QQQ")]
    [TestCase("")]
    public void CreateDraft_WhenTheCurrencyIsNotIso4217_Refuses(string currency)
    {
        var created = Quote.CreateDraft(DealId, Number(1), currency, "fr", Today, [Line()], null, Now);

        Assert.That((created.Error?.Code, created.Error?.Kind), Is.EqualTo(("quote.currency_invalid", (ErrorKind?)ErrorKind.Validation)));
    }

    [TestCase("de")]
    [TestCase("")]
    [TestCase("fr-FR")]
    public void CreateDraft_WhenTheLanguageIsNeitherFrenchNorEnglish_Refuses(string language)
    {
        var created = Quote.CreateDraft(DealId, Number(1), "EUR", language, Today, [Line()], null, Now);

        Assert.That(created.Error?.Code, Is.EqualTo("quote.language_invalid"));
    }

    [Test]
    public void CreateDraft_WhenTheNotesAreTooLong_Refuses()
    {
        var created = Quote.CreateDraft(DealId, Number(1), "EUR", "fr", Today, [Line()], new string('x', Quote.NotesMaxLength + 1), Now);

        Assert.That(created.Error?.Code, Is.EqualTo("quote.notes_too_long"));
    }

    [Test]
    public void CreateDraft_WhenMoreThanTwoHundredLines_Refuses()
    {
        var lines = Enumerable.Range(1, Quote.MaxLines + 1).Select(_ => Line()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Quote.CreateDraft(DealId, Number(1), "EUR", "fr", Today, lines[..Quote.MaxLines], null, Now).IsSuccess, Is.True);
            Assert.That(Quote.CreateDraft(DealId, Number(1), "EUR", "fr", Today, lines, null, Now).Error?.Code, Is.EqualTo("quote.too_many_lines"));
        });
    }

    [TestCase(2026, 1, "DEV", "DEV-2026-00001")]
    [TestCase(2027, 42, " fac ", "FAC-2027-00042")]
    [TestCase(2026, 123_456, "Q1", "Q1-2026-123456")]
    public void QuoteNumber_PrintsPrefixYearAndAFiveDigitSequence(int year, int sequence, string prefix, string expected)
    {
        Assert.That(QuoteNumber.Create(year, sequence, prefix).Value.ToString(), Is.EqualTo(expected));
    }

    [TestCase(2026, 1, "")]
    [TestCase(2026, 1, "DEVIS-2026")]
    [TestCase(2026, 1, "ABCDEFGHIJK")]
    [TestCase(2026, 0, "DEV")]
    [TestCase(1999, 1, "DEV")]
    public void QuoteNumber_WhenThePrefixYearOrSequenceIsInvalid_Refuses(int year, int sequence, string prefix)
    {
        Assert.That(QuoteNumber.Create(year, sequence, prefix).Error?.Code, Is.EqualTo("quote.number_invalid"));
    }

    [Test]
    public void ReplaceDraft_WhenDraft_ReplacesWhatItSays()
    {
        var quote = Draft();
        var lines = new[] { Line(ProductB, quantity: 2), Line(null, quantity: 5) };

        var replaced = quote.ReplaceDraft(lines, Today.AddDays(60), "Remise négociée", "en", Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(replaced.IsSuccess, Is.True);
            Assert.That(quote.Lines, Is.EqualTo(lines));
            Assert.That((quote.ValidUntil, quote.Notes, quote.Language, quote.UpdatedAtUtc), Is.EqualTo((Today.AddDays(60), "Remise négociée", "en", Now.AddHours(1))));
            Assert.That(quote.Totals.Net, Is.EqualTo(70m));
        });
    }

    [Test]
    public void ReplaceDraft_WhenSent_RefusesAndPointsToANewRevision()
    {
        var quote = Sent();

        var replaced = quote.ReplaceDraft([Line(quantity: 9)], Today.AddDays(60), null, "fr", Now);

        Assert.Multiple(() =>
        {
            Assert.That((replaced.Error?.Code, replaced.Error?.Kind), Is.EqualTo(("quote.not_draft", (ErrorKind?)ErrorKind.Conflict)));
            Assert.That(replaced.Error?.Message, Does.Contain("never edited").And.Contain("new revision"));
            Assert.That(quote.Lines.Single().Quantity, Is.EqualTo(1m));
        });
    }

    [Test]
    public void ReplaceDraft_WhenInvalid_ChangesNothing()
    {
        var quote = Draft();

        var replaced = quote.ReplaceDraft([], Today.AddDays(60), null, "es", Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(replaced.Error?.Code, Is.EqualTo("quote.language_invalid"));
            Assert.That((quote.Lines.Count, quote.ValidUntil, quote.Language, quote.UpdatedAtUtc), Is.EqualTo((1, Today.AddDays(30), "fr", Now)));
        });
    }

    [Test]
    public void MarkSent_WhenDraftWithLinesAndValid_SendsItAndRaisesQuoteSent()
    {
        var quote = Draft();

        var sent = quote.MarkSent(Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(sent.IsSuccess, Is.True);
            Assert.That((quote.Status, quote.SentAtUtc), Is.EqualTo((QuoteStatus.Sent, (DateTimeOffset?)Now.AddHours(1))));
            Assert.That(quote.DomainEvents.OfType<QuoteSent>().Single(), Is.EqualTo(new QuoteSent(quote.Id, DealId, "DEV-2026-00001", Today.AddDays(30), Now.AddHours(1))));
        });
    }

    [Test]
    public void MarkSent_WhenThereIsNoLine_Refuses()
    {
        var quote = Quote.CreateDraft(DealId, Number(1), "EUR", "fr", Today.AddDays(30), [], null, Now).Value;

        var sent = quote.MarkSent(Now);

        Assert.Multiple(() =>
        {
            Assert.That((sent.Error?.Code, sent.Error?.Kind), Is.EqualTo(("quote.empty", (ErrorKind?)ErrorKind.RuleBroken)));
            Assert.That(quote.Status, Is.EqualTo(QuoteStatus.Draft));
        });
    }

    [Test]
    public void MarkSent_WhenTheValidityHasPassed_RefusesButAcceptsItsLastDay()
    {
        var quote = Draft(validUntil: Today);

        Assert.Multiple(() =>
        {
            Assert.That(quote.MarkSent(Now.AddDays(1)).Error?.Code, Is.EqualTo("quote.validity_past"));
            Assert.That(quote.Status, Is.EqualTo(QuoteStatus.Draft));
            Assert.That(quote.MarkSent(Now).IsSuccess, Is.True);
        });
    }

    [Test]
    public void MarkSent_WhenAlreadySent_Refuses()
    {
        var quote = Sent();

        Assert.That(quote.MarkSent(Now).Error?.Code, Is.EqualTo("quote.not_draft"));
    }

    [Test]
    public void MarkEmailed_WhenDraft_SendsItAndRecordsTheRecipients()
    {
        var quote = Draft();

        var emailed = quote.MarkEmailed(["anne@client.test", "chef@acme.test"], Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(emailed.IsSuccess, Is.True);
            Assert.That((quote.Status, quote.SentAtUtc, quote.LastEmailedAtUtc), Is.EqualTo((QuoteStatus.Sent, (DateTimeOffset?)Now.AddHours(1), (DateTimeOffset?)Now.AddHours(1))));
            Assert.That(quote.LastEmailedTo, Is.EqualTo("anne@client.test, chef@acme.test"));
            Assert.That(quote.DomainEvents.OfType<QuoteSent>().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void MarkEmailed_WhenSentAndStillValid_KeepsItSentAndRecordsTheNewRecipients()
    {
        var quote = Sent(validUntil: Today.AddDays(1));

        var emailed = quote.MarkEmailed(["bruno@client.test"], Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(emailed.IsSuccess, Is.True);
            Assert.That((quote.Status, quote.SentAtUtc, quote.LastEmailedAtUtc), Is.EqualTo((QuoteStatus.Sent, (DateTimeOffset?)Now, (DateTimeOffset?)Now.AddDays(1))));
            Assert.That(quote.LastEmailedTo, Is.EqualTo("bruno@client.test"));
            Assert.That(quote.DomainEvents.OfType<QuoteSent>().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void MarkEmailed_WhenItCannotBeSentOrIsNoLongerOpen_RefusesAndRecordsNothing()
    {
        var empty = Quote.CreateDraft(DealId, Number(1), "EUR", "fr", Today.AddDays(30), [], null, Now).Value;
        var pastValidity = Sent(validUntil: Today);
        var accepted = Sent();
        accepted.Accept(Seller, Now);
        var declined = Sent();
        declined.Decline(Seller, Now);
        var expired = Sent(validUntil: Today);
        expired.ExpireIfDue(Today.AddDays(1));
        string[] to = ["anne@client.test"];

        Assert.Multiple(() =>
        {
            Assert.That(empty.MarkEmailed(to, Now).Error?.Code, Is.EqualTo("quote.empty"));
            Assert.That(pastValidity.MarkEmailed(to, Now.AddDays(1)).Error?.Code, Is.EqualTo("quote.validity_past"));
            Assert.That(accepted.MarkEmailed(to, Now).Error?.Code, Is.EqualTo("quote.not_emailable"));
            Assert.That(declined.MarkEmailed(to, Now).Error?.Kind, Is.EqualTo(ErrorKind.Conflict));
            Assert.That(expired.MarkEmailed(to, Now.AddDays(1)).Error?.Code, Is.EqualTo("quote.not_emailable"));
            Assert.That(new[] { empty, pastValidity, accepted, declined, expired }.Select(q => q.LastEmailedAtUtc), Is.All.Null);
            Assert.That(empty.Status, Is.EqualTo(QuoteStatus.Draft));
        });
    }

    [Test]
    public void Accept_WhenSentAndValid_AcceptsItAndRaisesQuoteAcceptedWithItsAmountsAndProducts()
    {
        var quote = Draft(lines: [Line(ProductA, quantity: 3, unitPrice: 19.99m, discount: 10, vatRate: 20), Line(null, unitPrice: 7.5m, vatRate: 5.5m), Line(ProductA), Line(ProductB)]);
        quote.MarkSent(Now);

        var accepted = quote.Accept(Seller, Now.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(accepted.IsSuccess, Is.True);
            Assert.That((quote.Status, quote.DecidedBy, quote.DecidedAtUtc), Is.EqualTo((QuoteStatus.Accepted, (Guid?)Seller, (DateTimeOffset?)Now.AddDays(2))));
            var raised = quote.DomainEvents.OfType<QuoteAccepted>().Single();
            // 53.97 + 7.50 + 10.00 + 10.00 net; VAT 10.79 + 0.41 + 2.00 + 2.00.
            Assert.That((raised.QuoteId, raised.DealId, raised.Currency, raised.Net, raised.Gross), Is.EqualTo((quote.Id, DealId, "EUR", 81.47m, 96.67m)));
            Assert.That(raised.ProductIds, Is.EqualTo(new[] { ProductA, ProductB }));
            Assert.That((raised.AcceptedBy, raised.OccurredAtUtc), Is.EqualTo((Seller, Now.AddDays(2))));
        });
    }

    [Test]
    public void Accept_OnTheLastDayInTheCallersZone_IsAccepted()
    {
        var quote = Sent(validUntil: Today);

        // 23:30 in New York on the last day is already the next day in UTC.
        var accepted = quote.Accept(Seller, new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.FromHours(-5)));

        Assert.Multiple(() =>
        {
            Assert.That(accepted.IsSuccess, Is.True);
            Assert.That(quote.DecidedAtUtc, Is.EqualTo(new DateTimeOffset(2026, 11, 30, 4, 30, 0, TimeSpan.Zero)));
            Assert.That(quote.DecidedAtUtc!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void Accept_WhenTheValidityHasPassed_RefusesAsExpired()
    {
        var quote = Sent(validUntil: Today);

        var accepted = quote.Accept(Seller, Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That((accepted.Error?.Code, accepted.Error?.Kind), Is.EqualTo(("quote.expired", (ErrorKind?)ErrorKind.RuleBroken)));
            Assert.That(quote.Status, Is.EqualTo(QuoteStatus.Sent));
            Assert.That(quote.DomainEvents.OfType<QuoteAccepted>(), Is.Empty);
        });
    }

    [Test]
    public void Accept_WhenExpired_RefusesAsExpired()
    {
        var quote = Sent(validUntil: Today);
        quote.ExpireIfDue(Today.AddDays(1));

        Assert.That(quote.Accept(Seller, Now).Error?.Code, Is.EqualTo("quote.expired"));
    }

    [Test]
    public void Accept_WhenDraftDeclinedOrAccepted_RefusesAsNotSent()
    {
        var declined = Sent();
        declined.Decline(Seller, Now);
        var accepted = Sent();
        accepted.Accept(Seller, Now);

        Assert.Multiple(() =>
        {
            Assert.That(Draft().Accept(Seller, Now).Error?.Code, Is.EqualTo("quote.not_sent"));
            Assert.That(declined.Accept(Seller, Now).Error?.Code, Is.EqualTo("quote.not_sent"));
            Assert.That(accepted.Accept(Seller, Now).Error?.Kind, Is.EqualTo(ErrorKind.Conflict));
        });
    }

    [Test]
    public void Decline_WhenSent_DeclinesItAndRaisesQuoteDeclined()
    {
        var quote = Sent();

        var declined = quote.Decline(Seller, Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(declined.IsSuccess, Is.True);
            Assert.That((quote.Status, quote.DecidedBy, quote.DecidedAtUtc), Is.EqualTo((QuoteStatus.Declined, (Guid?)Seller, (DateTimeOffset?)Now.AddDays(1))));
            Assert.That(quote.DomainEvents.OfType<QuoteDeclined>().Single(), Is.EqualTo(new QuoteDeclined(quote.Id, DealId, Seller, Now.AddDays(1))));
        });
    }

    [Test]
    public void Decline_WhenNotSent_Refuses()
    {
        var accepted = Sent();
        accepted.Accept(Seller, Now);

        Assert.Multiple(() =>
        {
            Assert.That(Draft().Decline(Seller, Now).Error?.Code, Is.EqualTo("quote.not_sent"));
            Assert.That(accepted.Decline(Seller, Now).Error?.Code, Is.EqualTo("quote.not_sent"));
            Assert.That(accepted.Status, Is.EqualTo(QuoteStatus.Accepted));
        });
    }

    [Test]
    public void ExpireIfDue_WhenSentAndPastItsLastDay_ExpiresIt()
    {
        var quote = Sent(validUntil: Today);

        Assert.Multiple(() =>
        {
            Assert.That(quote.ExpireIfDue(Today), Is.False);
            Assert.That(quote.Status, Is.EqualTo(QuoteStatus.Sent));
            Assert.That(quote.ExpireIfDue(Today.AddDays(3)), Is.True);
            Assert.That((quote.Status, quote.ExpiredAtUtc), Is.EqualTo((QuoteStatus.Expired, (DateTimeOffset?)new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero))));
            Assert.That(quote.ExpireIfDue(Today.AddDays(4)), Is.False);
        });
    }

    [Test]
    public void ExpireIfDue_WhenNotSent_LeavesItAlone()
    {
        var draft = Draft(validUntil: Today);
        var accepted = Sent(validUntil: Today);
        accepted.Accept(Seller, Now);

        Assert.Multiple(() =>
        {
            Assert.That(draft.ExpireIfDue(Today.AddDays(1)), Is.False);
            Assert.That(accepted.ExpireIfDue(Today.AddDays(1)), Is.False);
            Assert.That((draft.Status, accepted.Status), Is.EqualTo((QuoteStatus.Draft, QuoteStatus.Accepted)));
        });
    }

    [Test]
    public void Revise_WhenSent_MakesTheNextRevisionAsADraftWithTheSameContent()
    {
        var quote = Draft(lines: [Line(ProductA, quantity: 2), Line(ProductB)], validUntil: Today.AddDays(90), notes: "Franco de port");
        quote.MarkSent(Now);

        var revision = quote.Revise(Now.AddDays(1)).Value;

        Assert.Multiple(() =>
        {
            Assert.That(revision.Id, Is.Not.EqualTo(quote.Id));
            Assert.That((revision.Status, revision.Revision, revision.DisplayNumber), Is.EqualTo((QuoteStatus.Draft, 2, "DEV-2026-00001-V2")));
            Assert.That((revision.Number, revision.Year, revision.Sequence, revision.DealId), Is.EqualTo(("DEV-2026-00001", 2026, 1, DealId)));
            Assert.That((revision.Currency, revision.Language, revision.Notes), Is.EqualTo(("EUR", "fr", "Franco de port")));
            Assert.That(revision.Lines, Is.EqualTo(quote.Lines));
            Assert.That(revision.ValidUntil, Is.EqualTo(Today.AddDays(90)));
            Assert.That((revision.CreatedAtUtc, revision.SentAtUtc), Is.EqualTo((Now.AddDays(1), (DateTimeOffset?)null)));
            Assert.That(revision.DomainEvents.Single(), Is.EqualTo(new QuoteCreated(revision.Id, DealId, "DEV-2026-00001-V2", Now.AddDays(1))));
            Assert.That((quote.Status, quote.Revision), Is.EqualTo((QuoteStatus.Sent, 1)));
        });
    }

    [Test]
    public void Revise_WhenExpired_IsValidThirtyDaysFromToday()
    {
        var quote = Sent(validUntil: Today);
        quote.ExpireIfDue(Today.AddDays(10));

        var revision = quote.Revise(Now.AddDays(10)).Value;

        Assert.That(revision.ValidUntil, Is.EqualTo(Today.AddDays(40)));
    }

    [Test]
    public void Revise_WhenDeclinedTwice_CountsRevisions()
    {
        var first = Sent();
        first.Decline(Seller, Now);
        var second = first.Revise(Now).Value;
        second.MarkSent(Now);
        second.Decline(Seller, Now);

        var third = second.Revise(Now).Value;

        Assert.That((third.Revision, third.DisplayNumber), Is.EqualTo((3, "DEV-2026-00001-V3")));
    }

    [Test]
    public void Revise_WhenDraftOrAccepted_Refuses()
    {
        var accepted = Sent();
        accepted.Accept(Seller, Now);

        Assert.Multiple(() =>
        {
            Assert.That(Draft().Revise(Now).Error?.Code, Is.EqualTo("quote.is_draft"));
            Assert.That(accepted.Revise(Now).Error?.Code, Is.EqualTo("quote.accepted"));
        });
    }

    private static QuoteNumber Number(int sequence) => QuoteNumber.Create(2026, sequence).Value;

    private static QuoteLine Line(Guid? productId = null, decimal quantity = 1, decimal unitPrice = 10, decimal discount = 0, decimal vatRate = 20) =>
        QuoteLine.Create(1, productId, "Article", quantity, unitPrice, discount, vatRate).Value;

    private static Quote Draft(IReadOnlyList<QuoteLine>? lines = null, DateOnly? validUntil = null, string? notes = null) =>
        Quote.CreateDraft(DealId, Number(1), "EUR", "fr", validUntil ?? Today.AddDays(30), lines ?? [Line()], notes, Now).Value;

    private static Quote Sent(DateOnly? validUntil = null)
    {
        var quote = Draft(validUntil: validUntil);
        quote.MarkSent(Now);
        return quote;
    }
}
