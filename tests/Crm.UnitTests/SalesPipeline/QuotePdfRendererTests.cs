using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.QuotePdf;
using UglyToad.PdfPig;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class QuotePdfRendererTests
{
    private const string Number = "DEV-2026-00001";

    private readonly QuotePdfRenderer _renderer = new(TimeProvider.System);

    [Test]
    public void Render_Always_WritesAPdfTitledWithTheQuoteNumber()
    {
        var pdf = _renderer.Render(Model("fr", TwoRateLines()));

        using var document = PdfDocument.Open(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(System.Text.Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
            Assert.That(document.Information.Title, Is.EqualTo("Devis " + Number));
            Assert.That(document.NumberOfPages, Is.EqualTo(1));
        });
    }

    [Test]
    public void Render_WhenFrench_ShowsTitleNumberSellerIdentifiersAndGrossTheFrenchWay()
    {
        var text = AllText(_renderer.Render(Model("fr", TwoRateLines())));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("DEVIS"));
            Assert.That(text, Does.Contain("N° " + Number));
            Assert.That(text, Does.Contain("SIRET 123 456 789 00012"));
            Assert.That(text, Does.Contain("TVA intracommunautaire FR32123456789"));
            Assert.That(text, Does.Contain("Date : 12/03/2026"));
            Assert.That(text, Does.Contain("Valable jusqu'au 11/04/2026"));
            Assert.That(text, Does.Contain("Objet : Refonte du site"));
            Assert.That(text, Does.Contain("Total TTC"));
            Assert.That(text, Does.Contain("1 523,47 €"));
        });
    }

    [Test]
    public void Render_WhenFrenchWithTwoRates_ShowsBaseAndVatOfEachRateAndTheTotals()
    {
        var text = AllText(_renderer.Render(Model("fr", TwoRateLines())));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("TVA 20 % sur 1 262,97 €252,59 €"));
            Assert.That(text, Does.Contain("TVA 5,5 % sur 7,50 €0,41 €"));
            Assert.That(text, Does.Contain("Total HT1 270,47 €"));
            Assert.That(text, Does.Contain("Total TVA253,00 €"));
            Assert.That(text, Does.Contain("Total TTC1 523,47 €"));
        });
    }

    [Test]
    public void Render_WhenFrench_ShowsEachLineWithFrenchFigures()
    {
        var text = AllText(_renderer.Render(Model("fr", TwoRateLines())));

        // Description, quantity, unit price, discount, VAT rate, line total: one after the other on the line's row.
        Assert.That(text, Does.Contain("Conception graphique3,519,99 €10 %20 %62,97 €"));
    }

    [Test]
    public void Render_WhenTextHasAccents_KeepsThemIntact()
    {
        var text = AllText(_renderer.Render(Model("fr", TwoRateLines())));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Développement à façon"));
            Assert.That(text, Does.Contain("Société Générale de Créations"));
            Assert.That(text, Does.Contain("À l'attention de Hélène Lefèvre"));
            Assert.That(text, Does.Contain("Qté"));
        });
    }

    [Test]
    public void Render_WhenFrench_EndsWithTheAcceptanceMentionSignatureAreaAndLegalNotice()
    {
        var text = AllText(_renderer.Render(Model("fr", TwoRateLines())));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Devis reçu avant l'exécution des travaux, bon pour accord"));
            Assert.That(text, Does.Contain("Date et signature du client"));
            Assert.That(text, Does.Contain("SAS au capital de 10 000 €"));
            Assert.That(text, Does.Contain("Acompte de 30 % à la commande."));
        });
    }

    [Test]
    public void Render_WhenEnglish_UsesEnglishLabelsDatesAndAmounts()
    {
        var pdf = _renderer.Render(Model("en", TwoRateLines()));
        var text = AllText(pdf);

        using var document = PdfDocument.Open(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(document.Information.Title, Is.EqualTo("Quote " + Number));
            Assert.That(text, Does.Contain("QUOTE"));
            Assert.That(text, Does.Contain("Valid until 11 April 2026"));
            Assert.That(text, Does.Contain("VAT number FR32123456789"));
            Assert.That(text, Does.Contain("For the attention of Hélène Lefèvre"));
            Assert.That(text, Does.Contain("VAT 5.5% on €7.50€0.41"));
            Assert.That(text, Does.Contain("Total excl. VAT€1,270.47"));
            Assert.That(text, Does.Contain("Total incl. VAT€1,523.47"));
            Assert.That(text, Does.Contain("Customer's date and signature"));
            Assert.That(text, Does.Not.Contain("DEVIS"));
            Assert.That(text, Does.Not.Contain("bon pour accord"));
        });
    }

    [Test]
    public void Render_WhenEightyLines_ContinuesOnNumberedPagesUnderARepeatedHeader()
    {
        var lines = Enumerable.Range(1, 80)
            .Select(i => Line(i, $"Article {i:000} : prestation de service", i, 10m + i, 0m, i % 3 == 0 ? 5.5m : 20m))
            .ToList();

        var pages = PageTexts(_renderer.Render(Model("fr", lines)));

        var all = string.Concat(pages);
        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Length.GreaterThan(1));
            for (var page = 1; page <= pages.Length; page++)
            {
                Assert.That(pages[page - 1], Does.Contain($"Page {page} / {pages.Length}"), $"page {page}");
                Assert.That(pages[page - 1], Does.Contain("DescriptionQté"), $"table header on page {page}");
            }

            for (var i = 1; i <= 80; i++)
            {
                Assert.That(Occurrences(all, $"Article {i:000} :"), Is.EqualTo(1), $"line {i}");
            }

            Assert.That(pages[^1], Does.Contain("Total TTC"));
        });
    }

    [Test]
    public void Render_WhenDescriptionIsLong_WrapsItOnSeveralLinesInsideItsColumn()
    {
        var description = string.Join(' ', Enumerable.Range(1, 45).Select(i => $"segment{i:00}"));
        var pdf = _renderer.Render(Model("fr", [Line(1, description, 1, 100m, 0m, 20m)]));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var segments = words.Where(w => w.Text.StartsWith("segment", StringComparison.Ordinal)).ToList();
        var quantityHeader = words.Single(w => w.Text == "Qté");
        Assert.Multiple(() =>
        {
            Assert.That(segments.Select(w => w.Text), Is.EqualTo(description.Split(' ')));
            Assert.That(segments.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count(), Is.GreaterThanOrEqualTo(3));
            Assert.That(segments.Max(w => w.BoundingBox.Right), Is.LessThan(quantityHeader.BoundingBox.Left));
        });
    }

    [Test]
    public void Render_WhenOneDescriptionIsLongerThanAPage_SplitsItAcrossPagesInOrder()
    {
        // 100 short lines of the author's own: taller than a page, so the row must break.
        var tokens = Enumerable.Range(0, 100).Select(i => $"p{i:00}").ToList();
        var pdf = _renderer.Render(Model("fr", [Line(1, string.Join('\n', tokens), 1, 10m, 0m, 20m)]));

        using var document = PdfDocument.Open(pdf);
        var found = document.GetPages()
            .SelectMany(p => p.GetWords())
            .Select(w => w.Text)
            .Where(t => t.Length == 3 && t[0] == 'p' && char.IsAsciiDigit(t[1]))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.GreaterThan(1));
            Assert.That(found, Is.EqualTo(tokens));
        });
    }

    [Test]
    public async Task Render_WhenCalledFromSeveralThreadsAtOnce_RendersEachQuote()
    {
        var renders = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => _renderer.Render(Model(i % 2 == 0 ? "fr" : "en", TwoRateLines()))))
            .ToList();

        var pdfs = await Task.WhenAll(renders);

        Assert.That(pdfs.Select(p => AllText(p).Contains(Number, StringComparison.Ordinal)), Is.All.True);
    }

    [Test]
    public void Render_WhenOptionalPartsAreMissing_RendersWhatIsKnown()
    {
        var model = new QuotePdfModel(
            new SellerMentions("Atelier Martin", [], null, null, null, null),
            new QuoteRecipient(null, [], null),
            Number,
            string.Empty,
            new DateOnly(2026, 3, 12),
            new DateOnly(2026, 4, 11),
            "en",
            "EUR",
            [],
            QuoteTotals.Empty,
            null);

        var text = AllText(_renderer.Render(model));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Atelier Martin"));
            Assert.That(text, Does.Contain("Total incl. VAT€0.00"));
            Assert.That(text, Does.Contain("Page 1 / 1"));
            Assert.That(text, Does.Not.Contain("SIRET").And.Not.Contain("For the attention").And.Not.Contain("Subject").And.Not.Contain("Notes"));
        });
    }

    private static QuotePdfModel Model(string language, IReadOnlyList<QuoteLine> lines) => new(
        new SellerMentions(
            "Société Générale de Créations",
            ["12 rue de la Paix", "75002 Paris"],
            "123 456 789",
            "123 456 789 00012",
            "FR32123456789",
            "SAS au capital de 10 000 € – RCS Paris 123 456 789 – Pénalités de retard : trois fois le taux d'intérêt légal"),
        new QuoteRecipient("Boulangerie Durand", ["3 place du Marché", "69001 Lyon"], "Hélène Lefèvre"),
        Number,
        "Refonte du site",
        new DateOnly(2026, 3, 12),
        new DateOnly(2026, 4, 11),
        language,
        "EUR",
        lines,
        QuoteTotals.Of(lines),
        "Acompte de 30 % à la commande.");

    // 20 %: 1 × 1 200,00 = 1 200,00 net, 240,00 VAT; 3,5 × 19,99 × (1 − 10 %) = 62,9685 → 62,97 net, 12,594 → 12,59 VAT;
    //       together 1 262,97 net, 252,59 VAT.
    // 5,5 %: 1 × 7,50 = 7,50 net, 0,4125 → 0,41 VAT.
    // Totals: 1 270,47 net, 253,00 VAT, 1 523,47 gross.
    private static List<QuoteLine> TwoRateLines() =>
    [
        Line(1, "Développement à façon", 1, 1_200m, 0m, 20m),
        Line(2, "Conception graphique", 3.5m, 19.99m, 10m, 20m),
        Line(3, "Livres techniques", 1, 7.5m, 0m, 5.5m),
    ];

    private static QuoteLine Line(int position, string description, decimal quantity, decimal unitPrice, decimal discount, decimal vatRate) =>
        QuoteLine.Create(position, null, description, quantity, unitPrice, discount, vatRate).Value;

    private static string[] PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Normalised(p.Text)).ToArray();
    }

    private static string AllText(byte[] pdf) => string.Concat(PageTexts(pdf));

    // No-break spaces (French digit groups and "20 %") read as plain spaces.
    private static string Normalised(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
