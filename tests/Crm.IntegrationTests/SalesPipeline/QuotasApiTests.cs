using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class QuotasApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AQuota_IsSetPerUserAndMonth_InTheDefaultCurrencyUnlessSaid_AndListedByYear()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var otherId = await Users.Create(App, "other@example.com", "SalesRep");

        var response = await Client.PutAsJsonAsync($"/api/v1/quotas/{repId}/2027-01", new { amount = 12_500.25m });
        var january = await response.ReadOk<QuotaDto>();
        await PutAsync(repId, "2027-02", new { amount = 8000m, currency = "usd" });
        await PutAsync(otherId, "2027-01", new { amount = 1000m });
        await PutAsync(repId, "2028-01", new { amount = 99m });

        var year = await Client.GetFromJsonAsync<QuotaDto[]>($"/api/v1/quotas?year=2027&userId={repId}");
        var everyone = await Client.GetFromJsonAsync<QuotaDto[]>("/api/v1/quotas?year=2027");
        var next = await Client.GetFromJsonAsync<QuotaDto[]>("/api/v1/quotas?year=2028");
        var none = await Client.GetFromJsonAsync<QuotaDto[]>($"/api/v1/quotas?year=2026&userId={repId}");

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That((january.UserId, january.Period, january.Amount, january.Version), Is.EqualTo((repId, "2027-01", new MoneyDto(12_500.25m, "EUR"), 1)));
            Assert.That(year!.Select(q => (q.Period, q.Amount)), Is.EqualTo(new[] { ("2027-01", new MoneyDto(12_500.25m, "EUR")), ("2027-02", new MoneyDto(8000m, "USD")) }));
            Assert.That(everyone!.Select(q => (q.UserId, q.Period)), Is.EquivalentTo(new[] { (repId, "2027-01"), (repId, "2027-02"), (otherId, "2027-01") }));
            Assert.That(next!.Select(q => (q.UserId, q.Period, q.Amount.Amount)), Is.EqualTo(new[] { (repId, "2028-01", 99m) }));
            Assert.That(none, Is.Empty);
        });
    }

    [Test]
    public async Task AQuota_IsChanged_CheckingIfMatchWhenSent_AndRemovedByZeroOrNothing()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        await PutAsync(repId, "2027-03", new { amount = 1000m });

        var changed = await PutAsync(repId, "2027-03", new { amount = 1500m, currency = "GBP" });
        await (await SendAsync(repId, "2027-03", new { amount = 1600m }, "\"1\"")).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var matched = await (await SendAsync(repId, "2027-03", new { amount = 1700m }, "\"2\"")).ReadOk<QuotaDto>();
        await (await SendAsync(repId, "2027-04", new { amount = 10m }, "\"1\"")).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var firstOfApril = await (await SendAsync(repId, "2027-04", new { amount = 10m }, "\"0\"")).ReadOk<QuotaDto>();

        var removed = await Client.PutAsJsonAsync($"/api/v1/quotas/{repId}/2027-03", new { amount = 0m });
        var removedAgain = await Client.PutAsJsonAsync($"/api/v1/quotas/{repId}/2027-03", new { amount = (decimal?)null });
        var removedApril = await Client.PutAsJsonAsync($"/api/v1/quotas/{repId}/2027-04", new { });
        var left = await Client.GetFromJsonAsync<QuotaDto[]>($"/api/v1/quotas?year=2027&userId={repId}");

        Assert.Multiple(() =>
        {
            Assert.That((changed.Amount, changed.Version), Is.EqualTo((new MoneyDto(1500m, "GBP"), 2)));
            Assert.That((matched.Amount, matched.Version), Is.EqualTo((new MoneyDto(1700m, "EUR"), 3)));
            Assert.That(firstOfApril.Version, Is.EqualTo(1));
            Assert.That((removed.StatusCode, removedAgain.StatusCode, removedApril.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent)));
            Assert.That(left, Is.Empty);
        });
    }

    [TestCase("2027-13", """{"amount":100}""", "quota.period_invalid")]
    [TestCase("2027-1", """{"amount":100}""", "quota.period_invalid")]
    [TestCase("2027-01", """{"amount":-1}""", "quota.amount_invalid")]
    [TestCase("2027-01", """{"amount":10.005}""", "quota.amount_invalid")]
    [TestCase("2027-01", """{"amount":1000000000000}""", "quota.amount_invalid")]
    [TestCase("2027-01", """{"amount":10,"currency":"ZZZ"}""", "money.currency_unknown")]
    public async Task ABadQuota_IsRefusedSayingWhy_AndNothingIsStored(string period, string body, string code)
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");

        var response = await Client.PutAsync($"/api/v1/quotas/{repId}/{period}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.BadRequest, code);
        Assert.That(await Client.GetFromJsonAsync<QuotaDto[]>("/api/v1/quotas?year=2027"), Is.Empty);
    }

    [Test]
    public async Task OnlyActiveUsers_AreGivenAQuota()
    {
        var samId = await Users.Create(App, "sam@example.com", "SalesRep");
        await PutAsync(samId, "2027-01", new { amount = 100m });
        Assert.That((await Client.PostAsync($"/api/v1/users/{samId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await Client.PutAsJsonAsync($"/api/v1/quotas/{samId}/2027-02", new { amount = 100m })).AssertProblem(HttpStatusCode.BadRequest, "quota.user_invalid");
        await (await Client.PutAsJsonAsync($"/api/v1/quotas/{Guid.NewGuid()}/2027-02", new { amount = 100m })).AssertProblem(HttpStatusCode.BadRequest, "quota.user_invalid");
        var removed = await Client.PutAsJsonAsync($"/api/v1/quotas/{samId}/2027-01", new { amount = 0m });

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "a departed user's quota can still be removed");
    }

    [Test]
    public async Task ManagersSetTheirTeamsQuotas_RepsOnlyReadTheOnesTheyMaySee()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/deals", new { scope = "team" })).ReadOk<object>();
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var otherId = await Users.Create(App, "other@example.com", "SalesRep");
        var managerId = await Users.Create(App, "manager@example.com", "SalesManager");
        var team = await (await Client.PostAsJsonAsync("/api/v1/teams", new { name = "Nord", managerId })).ReadOk<TeamDto>(HttpStatusCode.Created);
        Assert.That((await Client.PutAsJsonAsync($"/api/v1/users/{repId}/team", new { teamId = team.Id })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        using var manager = await Users.SignedInClient(App, "manager@example.com");

        var byManager = await (await manager.PutAsJsonAsync($"/api/v1/quotas/{repId}/2027-01", new { amount = 500m })).ReadOk<QuotaDto>();
        var outOfTeam = await manager.PutAsJsonAsync($"/api/v1/quotas/{otherId}/2027-01", new { amount = 900m });
        await PutAsync(otherId, "2027-01", new { amount = 700m });
        var byRep = await rep.PutAsJsonAsync($"/api/v1/quotas/{repId}/2027-01", new { amount = 5_000_000m });
        var seen = await rep.GetFromJsonAsync<QuotaDto[]>("/api/v1/quotas?year=2027");
        var seenByManager = await manager.GetFromJsonAsync<QuotaDto[]>("/api/v1/quotas?year=2027");

        await outOfTeam.AssertProblem(HttpStatusCode.NotFound, "quota.user_not_found");
        Assert.Multiple(() =>
        {
            Assert.That((byManager.UserId, byManager.Amount.Amount), Is.EqualTo((repId, 500m)));
            Assert.That(byManager.UpdatedBy, Is.Not.EqualTo(repId));
            Assert.That(byRep.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(seen!.Select(q => (q.UserId, q.Amount.Amount)), Is.EqualTo(new[] { (repId, 500m) }));
            Assert.That(seenByManager!.Select(q => (q.UserId, q.Amount.Amount)), Is.EqualTo(new[] { (repId, 500m) }), "the other rep's quota, set by the administrator, stays out of the manager's sight");
        });
    }

    [Test]
    public async Task AnImpossibleYear_IsRefused() =>
        await (await Client.GetAsync("/api/v1/quotas?year=0")).AssertProblem(HttpStatusCode.BadRequest, "quota.year_invalid");

    private async Task<QuotaDto> PutAsync(Guid userId, string period, object body) =>
        await (await Client.PutAsJsonAsync($"/api/v1/quotas/{userId}/{period}", body)).ReadOk<QuotaDto>();

    private async Task<HttpResponseMessage> SendAsync(Guid userId, string period, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/quotas/{userId}/{period}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(ifMatch);
        return await Client.SendAsync(request);
    }
}
