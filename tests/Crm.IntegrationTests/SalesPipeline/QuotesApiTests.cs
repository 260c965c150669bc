using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed record QuoteLineDto(Guid? ProductId, string? ProductSku, string? ProductName, string Description, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal VatRate, decimal Net, decimal Vat);

internal sealed record RateTotalDto(decimal VatRate, decimal Net, decimal Vat);

internal sealed record QuoteTotalsDto(RateTotalDto[] PerRate, decimal Net, decimal Vat, decimal Gross);

internal sealed record QuoteDto(
    Guid Id, Guid DealId, string Number, int Revision, string DisplayNumber, string Status, string Currency, string Language, DateOnly ValidUntil,
    string? Notes, QuoteLineDto[] Lines, QuoteTotalsDto Totals, DateTimeOffset? SentAtUtc, DateTimeOffset? LastEmailedAtUtc, string? LastEmailedTo, Guid? OrderId, int Version);

internal sealed class QuotesApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AQuote_TakesItsProductsPricesAndRates_AndTotalsPerVatRate()
    {
        var deal = await DealAsync();
        var training = await ProductAsync("FORM", "Formation", 19.99m, 20);
        var books = await ProductAsync("LIVRE", "Manuel", 7.5m, 5.5m);

        var response = await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new
        {
            lines = new object[]
            {
                new { productId = training, quantity = 3, discountPercent = 10 },
                new { productId = books },
                new { description = "Déplacement", unitPrice = 120, vatRate = 20 },
            },
        });
        var quote = await response.ReadOk<QuoteDto>(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(quote.Number, Does.Match(@"^DEV-\d{4}-00001$"));
            Assert.That((quote.Status, quote.Currency, quote.Language, quote.Revision), Is.EqualTo(("Draft", "EUR", "fr", 1)));
            Assert.That(quote.Lines.Select(l => (l.Description, l.UnitPrice, l.VatRate, l.Net)), Is.EqualTo(new[]
            {
                ("Formation", 19.99m, 20m, 53.97m), ("Manuel", 7.50m, 5.5m, 7.50m), ("Déplacement", 120m, 20m, 120m),
            }));
            Assert.That(quote.Totals.PerRate, Is.EqualTo(new[] { new RateTotalDto(20m, 173.97m, 34.79m), new RateTotalDto(5.5m, 7.50m, 0.41m) }));
            Assert.That((quote.Totals.Net, quote.Totals.Vat, quote.Totals.Gross), Is.EqualTo((181.47m, 35.20m, 216.67m)));
        });
    }

    [Test]
    public async Task AProductLine_CarriesTheProductsSkuAndName_WhenReadAgain()
    {
        var deal = await DealAsync();
        var training = await ProductAsync("FORM", "Formation", 19.99m, 20);
        var created = await (await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new
        {
            lines = new object[] { new { productId = training, description = "Formation sur site" }, new { description = "Déplacement", unitPrice = 120, vatRate = 20 } },
        })).ReadOk<QuoteDto>(HttpStatusCode.Created);

        var read = await Client.GetFromJsonAsync<QuoteDto>($"/api/v1/quotes/{created.Id}");
        Assert.That(
            read!.Lines.Select(l => (l.ProductId, l.ProductSku, l.ProductName, l.Description)),
            Is.EqualTo(new (Guid?, string?, string?, string)[] { (training, "FORM", "Formation", "Formation sur site"), (null, null, null, "Déplacement") }));
    }

    [Test]
    public async Task ALineWrittenBeforeLinesKeptTheirProduct_IsReadWithoutItsSkuAndName()
    {
        var deal = await DealAsync();
        var training = await ProductAsync("FORM", "Formation", 19.99m, 20);
        var quote = await (await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new { lines = new[] { new { productId = training } } })).ReadOk<QuoteDto>(HttpStatusCode.Created);

        // The lines as they were stored before the product's SKU and name were kept in them.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
            var postgres = Provider == DatabaseProvider.Postgres;
            var id = postgres ? (object)quote.Id : quote.Id.ToString().ToUpperInvariant();
            var select = postgres ? "SELECT lines::text AS \"Value\" FROM sales.quotes WHERE id = {0}" : "SELECT lines AS \"Value\" FROM quotes WHERE id = {0}";
            var update = postgres ? "UPDATE sales.quotes SET lines = {0}::jsonb WHERE id = {1}" : "UPDATE quotes SET lines = {0} WHERE id = {1}";
            var lines = await db.Database.SqlQueryRaw<string>(select, id).SingleAsync();
            var older = Regex.Replace(lines, @"""Product(Sku|Name)"":\s*""[^""]*"",?\s*", "");
            Assert.That((lines.Contains("FORM", StringComparison.Ordinal), older.Contains("FORM", StringComparison.Ordinal)), Is.EqualTo((true, false)), older);
            await db.Database.ExecuteSqlRawAsync(update, older, id);
        }

        var read = await Client.GetFromJsonAsync<QuoteDto>($"/api/v1/quotes/{quote.Id}");
        Assert.That(read!.Lines.Select(l => (l.ProductId, l.ProductSku, l.ProductName, l.Description)), Is.EqualTo(new (Guid?, string?, string?, string)[] { (training, null, null, "Formation") }));
    }

    [Test]
    public async Task QuoteNumbers_FollowEachOther_WithoutAGap_EvenWhenMadeTogether()
    {
        var deal = await DealAsync();
        var made = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new { lines = Array.Empty<object>() })));
        var quotes = await Task.WhenAll(made.Select(r => r.ReadOk<QuoteDto>(HttpStatusCode.Created)));

        Assert.That(quotes.Select(q => int.Parse(q.Number[^5..], System.Globalization.CultureInfo.InvariantCulture)).Order(), Is.EqualTo(Enumerable.Range(1, 8)));
    }

    [TestCase("""{"lines":[{"description":"X","unitPrice":10,"vatRate":19.6}]}""", "quote.vat_rate_unknown")]
    [TestCase("""{"lines":[{"description":"X","vatRate":20}]}""", "quote.line_invalid")]
    [TestCase("""{"lines":[{"description":"X","unitPrice":10,"vatRate":20,"quantity":0}]}""", "quote.line_invalid")]
    [TestCase("""{"lines":[{"productId":"0196a2f0-0000-7000-8000-000000000001"}]}""", "quote.product_unknown")]
    [TestCase("""{"language":"de"}""", "quote.language_invalid")]
    public async Task ABadQuote_IsRefusedWithWhatIsWrong_AndTakesNoNumber(string body, string code)
    {
        var deal = await DealAsync();
        var response = await Client.PostAsync($"/api/v1/deals/{deal.Id}/quotes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(HttpStatusCode.BadRequest, code);

        var next = await (await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new { })).ReadOk<QuoteDto>(HttpStatusCode.Created);
        Assert.That(next.Number, Does.EndWith("-00001"));
    }

    [Test]
    public async Task ASentQuote_IsNeverEdited_ButRevised_AndAcceptingTheRevisionPlacesAnOrderAndWinsTheDeal()
    {
        var deal = await DealAsync();
        var draft = await (await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new { lines = new[] { new { description = "Audit", unitPrice = 1500, vatRate = 20 } } }))
            .ReadOk<QuoteDto>(HttpStatusCode.Created);
        var sent = await ActAsync(draft, "send");

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/quotes/{sent.Id}") { Content = JsonContent.Create(new { lines = Array.Empty<object>() }) };
        edit.Headers.IfMatch.ParseAdd($"\"{sent.Version}\"");
        await (await Client.SendAsync(edit)).AssertProblem(HttpStatusCode.Conflict, "quote.not_draft");

        var declined = await ActAsync(sent, "decline");
        var revision = await (await Client.PostAsync($"/api/v1/quotes/{declined.Id}/revise", null)).ReadOk<QuoteDto>(HttpStatusCode.Created);
        await (await Client.PostAsync($"/api/v1/quotes/{declined.Id}/revise", null)).AssertProblem(HttpStatusCode.Conflict, "quote.not_latest");
        var accepted = await ActAsync(await ActAsync(revision, "send"), "accept");

        var wonDeal = await Client.GetFromJsonAsync<DealDto>($"/api/v1/deals/{deal.Id}");
        var all = await Client.GetFromJsonAsync<QuoteDto[]>($"/api/v1/deals/{deal.Id}/quotes");
        Assert.Multiple(() =>
        {
            Assert.That((revision.Number, revision.Revision, revision.DisplayNumber, revision.Status), Is.EqualTo((draft.Number, 2, $"{draft.Number}-V2", "Draft")));
            Assert.That((accepted.Status, accepted.OrderId), Is.EqualTo(("Accepted", accepted.OrderId)));
            Assert.That(accepted.OrderId, Is.Not.Null);
            Assert.That((wonDeal!.Status, wonDeal.StageName), Is.EqualTo(("Won", "Gagnée")));
            Assert.That(all!.Select(q => (q.DisplayNumber, q.Status)), Is.EqualTo(new[] { ($"{draft.Number}-V2", "Accepted"), (draft.Number, "Declined") }));
        });
    }

    [Test]
    public async Task AnEmptyDraft_IsNotSent_AndADraft_IsNeitherAcceptedNorRevised()
    {
        var deal = await DealAsync();
        var draft = await (await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new { })).ReadOk<QuoteDto>(HttpStatusCode.Created);

        await (await ActRawAsync(draft, "send")).AssertProblem(HttpStatusCode.UnprocessableEntity, "quote.empty");
        await (await ActRawAsync(draft, "accept")).AssertProblem(HttpStatusCode.Conflict, "quote.not_sent");
        await (await Client.PostAsync($"/api/v1/quotes/{draft.Id}/revise", null)).AssertProblem(HttpStatusCode.Conflict, "quote.is_draft");
        await (await Client.GetAsync($"/api/v1/quotes/{Guid.NewGuid()}")).AssertProblem(HttpStatusCode.NotFound, "quote.not_found");
    }

    private async Task<DealDto> DealAsync() =>
        await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Formation équipe" })).ReadOk<DealDto>(HttpStatusCode.Created);

    private async Task<Guid> ProductAsync(string sku, string name, decimal price, decimal vatRate) =>
        (await (await Client.PostAsJsonAsync("/api/v1/products", new { sku, name, prices = new[] { new { amount = price } }, vatRate })).ReadOk<ProductDto>(HttpStatusCode.Created)).Id;

    private async Task<QuoteDto> ActAsync(QuoteDto quote, string action) => await (await ActRawAsync(quote, action)).ReadOk<QuoteDto>();

    private Task<HttpResponseMessage> ActRawAsync(QuoteDto quote, string action)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.Id}/{action}");
        request.Headers.IfMatch.ParseAdd($"\"{quote.Version}\"");
        return Client.SendAsync(request);
    }
}
