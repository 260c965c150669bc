using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed record ProductDto(Guid Id, string Sku, string Name, string? Description, MoneyDto[] Prices, decimal VatRate, string Billing, bool IsActive, int Version);

internal sealed record ProductPage(ProductDto[] Items, string? NextCursor);

internal sealed class ProductsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AProduct_HasAPricePerCurrency_AFrenchVatRate_AndABilling()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/products", new
        {
            sku = "CRM-PRO",
            name = "Abonnement Pro",
            prices = new object[] { new { amount = 49.90m }, new { amount = 55m, currency = "USD" } },
            vatRate = 20,
            billing = "Monthly",
        });
        var product = await response.ReadOk<ProductDto>(HttpStatusCode.Created);

        var rates = await Client.GetFromJsonAsync<decimal[]>("/api/v1/vat-rates");
        Assert.Multiple(() =>
        {
            Assert.That(product.Prices, Is.EqualTo(new[] { new MoneyDto(49.90m, "EUR"), new MoneyDto(55m, "USD") }));
            Assert.That((product.VatRate, product.Billing, product.IsActive), Is.EqualTo((20m, "Monthly", true)));
            Assert.That(rates, Is.EqualTo(new[] { 20m, 10m, 5.5m, 2.1m, 0m }));
        });
    }

    [TestCase("""{"sku":"","name":"X","prices":[{"amount":1}],"vatRate":20}""", "product.sku_invalid")]
    [TestCase("""{"sku":"A","name":"X","prices":[],"vatRate":20}""", "product.prices_invalid")]
    [TestCase("""{"sku":"A","name":"X","prices":[{"amount":1},{"amount":2,"currency":"eur"}],"vatRate":20}""", "product.prices_invalid")]
    [TestCase("""{"sku":"A","name":"X","prices":[{"amount":1.001}],"vatRate":20}""", "product.price_invalid")]
    [TestCase("""{"sku":"A","name":"X","prices":[{"amount":1}],"vatRate":19.6}""", "product.vat_rate_unknown")]
    [TestCase("""{"sku":"A","name":"X","prices":[{"amount":1}]}""", "product.vat_rate_unknown")]
    public async Task ABadProduct_IsRefusedWithWhatIsWrong(string body, string code)
    {
        var response = await Client.PostAsync("/api/v1/products", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(HttpStatusCode.BadRequest, code);
    }

    [Test]
    public async Task ASku_IsUnique()
    {
        await CreateAsync("FORMATION", "Formation");
        var again = await Client.PostAsJsonAsync("/api/v1/products", new { sku = " FORMATION ", name = "Autre", prices = new[] { new { amount = 1 } }, vatRate = 20 });
        await again.AssertProblem(HttpStatusCode.Conflict, "product.sku_taken");
    }

    [Test]
    public async Task TheCatalogue_IsReadByName_APageAtATime_SearchedAndWithoutRetiredProducts()
    {
        var retired = await CreateAsync("Z-OLD", "Ancienne offre");
        foreach (var (sku, name) in new[] { ("C", "Conseil"), ("B", "Audit"), ("D", "Formation"), ("A", "Déploiement") })
        {
            await CreateAsync(sku, name);
        }

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/products/{retired.Id}")
        {
            Content = JsonContent.Create(new { sku = "Z-OLD", name = "Ancienne offre", prices = new[] { new { amount = 10 } }, vatRate = 20, isActive = false }),
        };
        request.Headers.IfMatch.ParseAdd($"\"{retired.Version}\"");
        await (await Client.SendAsync(request)).ReadOk<ProductDto>();

        var first = await Client.GetFromJsonAsync<ProductPage>("/api/v1/products?limit=2");
        var second = await Client.GetFromJsonAsync<ProductPage>($"/api/v1/products?limit=2&cursor={first!.NextCursor}");
        var found = await Client.GetFromJsonAsync<ProductPage>("/api/v1/products?q=ORMA");
        var all = await Client.GetFromJsonAsync<ProductPage>("/api/v1/products?includeInactive=true");
        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Concat(second!.Items).Select(p => p.Name), Is.EqualTo(new[] { "Audit", "Conseil", "Déploiement", "Formation" }));
            Assert.That(second.NextCursor, Is.Null);
            Assert.That(found!.Items.Select(p => p.Sku), Is.EqualTo(new[] { "D" }));
            Assert.That(all!.Items.Select(p => p.Name), Does.Contain("Ancienne offre"));
        });
    }

    [Test]
    public async Task ASalesRep_ReadsTheCatalogue_ButDoesNotChangeIt()
    {
        await CreateAsync("A", "Audit");
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        Assert.That((await rep.GetFromJsonAsync<ProductPage>("/api/v1/products"))!.Items, Has.Length.EqualTo(1));
        var response = await rep.PostAsJsonAsync("/api/v1/products", new { sku = "B", name = "B", prices = new[] { new { amount = 1 } }, vatRate = 20 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<ProductDto> CreateAsync(string sku, string name) =>
        await (await Client.PostAsJsonAsync("/api/v1/products", new { sku, name, prices = new[] { new { amount = 10 } }, vatRate = 20 })).ReadOk<ProductDto>(HttpStatusCode.Created);
}
