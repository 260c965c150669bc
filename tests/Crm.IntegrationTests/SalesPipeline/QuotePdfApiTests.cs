using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using UglyToad.PdfPig;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed record SellerDto(string Name, string Address, string? Siren, string? Siret, string? VatNumber, string? LegalNotice, bool IsSetUp, int Version);

internal sealed class QuotePdfApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task TheSellersMentions_AreCheckedAndKept()
    {
        var empty = await Client.GetFromJsonAsync<SellerDto>("/api/v1/sales-settings/seller");
        await (await PutSellerAsync(new { name = "Acme", siret = "732 829 320 00075" }, empty!.Version)).AssertProblem(HttpStatusCode.BadRequest, "company.siret_invalid");
        var set = await (await PutSellerAsync(Seller, empty.Version)).ReadOk<SellerDto>();

        Assert.Multiple(() =>
        {
            Assert.That((empty.IsSetUp, empty.Version), Is.EqualTo((false, 0)));
            Assert.That((set.IsSetUp, set.Siren, set.Siret, set.VatNumber), Is.EqualTo((true, "732829320", "73282932000074", "FR44732829320")));
        });
        await (await PutSellerAsync(Seller, empty.Version)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
    }

    [Test]
    public async Task AQuotesPdf_IsInItsLanguage_WithTheLegalMentionsAndTheCustomersAddress()
    {
        var empty = await Client.GetFromJsonAsync<SellerDto>("/api/v1/sales-settings/seller");
        var company = await (await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Boulangerie Dupré", address = new { street = "3 rue des Lilas", postalCode = "69003", city = "Lyon", countryCode = "FR" } }))
            .ReadOk<System.Text.Json.JsonElement>(HttpStatusCode.Created);
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Caisse enregistreuse", companyId = company.GetProperty("id").GetGuid() })).ReadOk<DealDto>(HttpStatusCode.Created);
        var quote = await (await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new
        {
            lines = new object[]
            {
                new { description = "Caisse tactile", unitPrice = 1290, vatRate = 20 },
                new { description = "Rouleaux de papier", quantity = 10, unitPrice = 2.5m, vatRate = 5.5m },
            },
        })).ReadOk<QuoteDto>(HttpStatusCode.Created);

        await (await Client.GetAsync($"/api/v1/quotes/{quote.Id}/pdf")).AssertProblem(HttpStatusCode.UnprocessableEntity, "seller.not_set_up");
        await (await PutSellerAsync(Seller, empty!.Version)).ReadOk<SellerDto>();
        var response = await Client.GetAsync($"/api/v1/quotes/{quote.Id}/pdf");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"{quote.Number}.pdf"));
        });
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("DEVIS").And.Contain(quote.Number));
            Assert.That(text, Does.Contain("Acme Logiciels").And.Contain("73282932000074").And.Contain("FR44732829320"));
            Assert.That(text, Does.Contain("Boulangerie Dupré").And.Contain("3 rue des Lilas").And.Contain("69003 Lyon"));
            Assert.That(text, Does.Contain("Total TTC").And.Contain("Caisse tactile"));
        });
    }

    private static readonly object Seller = new
    {
        name = "Acme Logiciels",
        address = "12 avenue de l'Opéra\n75001 Paris",
        siret = "732 829 320 00074",
        vatNumber = "FR 44 732829320",
        legalNotice = "SAS au capital de 10 000 €, RCS Paris 732 829 320",
    };

    private Task<HttpResponseMessage> PutSellerAsync(object body, int version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/sales-settings/seller") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return Client.SendAsync(request);
    }
}
