using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class BoardApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task EachColumn_CountsAndSumsItsDeals_PerCurrency_WeightedByProbability()
    {
        var pipeline = await PipelineAsync();
        var proposal = pipeline.Stage("Proposition").Id;
        await CreateAsync(new { name = "A", stageId = proposal, amount = new { amount = 1000.10m } });
        await CreateAsync(new { name = "B", stageId = proposal, amount = new { amount = 2000m } });
        await CreateAsync(new { name = "C", stageId = proposal, amount = new { amount = 500m, currency = "USD" } });
        await CreateAsync(new { name = "D", stageId = proposal });
        await CreateAsync(new { name = "E", amount = new { amount = 300m } });

        var board = await Client.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board");

        var column = board!.Column("Proposition");
        Assert.Multiple(() =>
        {
            Assert.That(board.Columns.Select(c => c.Stage.Name), Is.EqualTo(pipeline.Stages.Select(s => s.Name)));
            Assert.That(column.Count, Is.EqualTo(4));
            Assert.That(column.Totals, Is.EqualTo(new[] { new MoneyTotalDto("EUR", 3000.10m, 1500.05m), new MoneyTotalDto("USD", 500m, 250m) }));
            Assert.That(column.Deals.Select(d => d.Name), Is.EqualTo(new[] { "D", "C", "B", "A" }), "newest first");
            Assert.That(board.Column("Qualification").Totals, Is.EqualTo(new[] { new MoneyTotalDto("EUR", 300m, 30m) }));
            Assert.That(board.Column("Gagnée").Count, Is.Zero);
        });
    }

    [Test]
    public async Task AColumn_IsReadAPageAtATime()
    {
        var pipeline = await PipelineAsync();
        foreach (var name in new[] { "1", "2", "3", "4", "5" })
        {
            await CreateAsync(new { name });
        }

        var board = await Client.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board?limit=2");
        var first = board!.Column("Qualification");
        var stage = first.Stage.Id;
        var second = await Client.GetFromJsonAsync<DealCardPage>($"/api/v1/pipelines/{pipeline.Id}/board/{stage}?limit=2&cursor={first.NextCursor}");
        var third = await Client.GetFromJsonAsync<DealCardPage>($"/api/v1/pipelines/{pipeline.Id}/board/{stage}?limit=2&cursor={second!.NextCursor}");

        Assert.Multiple(() =>
        {
            Assert.That(first.Count, Is.EqualTo(5));
            Assert.That(first.Deals.Concat(second.Items).Concat(third!.Items).Select(d => d.Name), Is.EqualTo(new[] { "5", "4", "3", "2", "1" }));
            Assert.That(third.NextCursor, Is.Null);
        });
        await (await Client.GetAsync($"/api/v1/pipelines/{pipeline.Id}/board/{stage}?cursor=nonsense")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
        await (await Client.GetAsync($"/api/v1/pipelines/{pipeline.Id}/board/{Guid.NewGuid()}")).AssertProblem(HttpStatusCode.NotFound, "stage.not_found");
        await (await Client.GetAsync($"/api/v1/pipelines/{Guid.NewGuid()}/board")).AssertProblem(HttpStatusCode.NotFound, "pipeline.not_found");
    }

    [Test]
    public async Task TheBoard_IsFilteredByOwnerAndExpectedCloseDate()
    {
        var pipeline = await PipelineAsync();
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        await CreateAsync(new { name = "Mine in March", expectedCloseDate = "2027-03-10", amount = new { amount = 100m } });
        await CreateAsync(new { name = "Rep's in March", expectedCloseDate = "2027-03-20", ownerId = repId, amount = new { amount = 200m } });
        await CreateAsync(new { name = "Rep's in May", expectedCloseDate = "2027-05-02", ownerId = repId });
        await CreateAsync(new { name = "Rep's undated", ownerId = repId });

        var reps = await Client.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board?ownerId={repId}");
        var march = await Client.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board?closeFrom=2027-03-01&closeTo=2027-03-31");

        Assert.Multiple(() =>
        {
            Assert.That(reps!.Column("Qualification").Deals.Select(d => d.Name), Is.EquivalentTo(new[] { "Rep's in March", "Rep's in May", "Rep's undated" }));
            Assert.That(march!.Column("Qualification").Deals.Select(d => d.Name), Is.EquivalentTo(new[] { "Mine in March", "Rep's in March" }));
            Assert.That(march.Column("Qualification").Totals.Single().Amount, Is.EqualTo(300m));
        });
    }

    [Test]
    public async Task TheBoard_IsFilteredByTeam_WithItsSubTeams()
    {
        var pipeline = await PipelineAsync();
        var north = await (await Client.PostAsJsonAsync("/api/v1/teams", new { name = "Nord" })).ReadOk<TeamDto>(HttpStatusCode.Created);
        var lille = await (await Client.PostAsJsonAsync("/api/v1/teams", new { name = "Lille", parentTeamId = north.Id })).ReadOk<TeamDto>(HttpStatusCode.Created);
        var inLille = await Users.Create(App, "lille@example.com", "SalesRep");
        var elsewhere = await Users.Create(App, "paris@example.com", "SalesRep");
        var joined = await Client.PutAsJsonAsync($"/api/v1/users/{inLille}/team", new { teamId = lille.Id });
        Assert.That(joined.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await joined.Content.ReadAsStringAsync());
        await CreateAsync(new { name = "Lille's", ownerId = inLille });
        await CreateAsync(new { name = "Paris's", ownerId = elsewhere });

        var northBoard = await Client.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board?teamId={north.Id}");

        Assert.That(northBoard!.Columns.SelectMany(c => c.Deals).Select(d => d.Name), Is.EqualTo(new[] { "Lille's" }));
        await (await Client.GetAsync($"/api/v1/pipelines/{pipeline.Id}/board?teamId={Guid.NewGuid()}")).AssertProblem(HttpStatusCode.BadRequest, "board.team_unknown");
    }

    [Test]
    public async Task ACard_IsFlaggedRotting_OnceIdleLongerThanItsStageAllows()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var pipeline = await PipelineAsync();
        using var before = await SignedInAsync(app);
        var deal = await (await before.PostAsJsonAsync("/api/v1/deals", new { name = "Oublié" })).ReadOk<DealDto>(HttpStatusCode.Created);
        await (await before.PostAsJsonAsync("/api/v1/deals", new { name = "Travaillé" })).ReadOk<DealDto>(HttpStatusCode.Created);

        // Sessions do not last 14 days: each later look signs in again.
        clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        using var fortnightLater = await SignedInAsync(app);
        var fresh = await fortnightLater.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board");
        clock.Advance(TimeSpan.FromHours(1));
        using var hourLater = await SignedInAsync(app);
        var worked = await hourLater.GetFromJsonAsync<DealDto>($"/api/v1/deals/{deal.Id}");
        await (await hourLater.SendAsync(Put(worked!))).ReadOk<DealDto>();
        var board = await hourLater.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{pipeline.Id}/board");

        Assert.Multiple(() =>
        {
            Assert.That(fresh!.Column("Qualification").Deals.Any(d => d.IsRotting), Is.False, "a minute short of 14 days idle");
            Assert.That(board!.Column("Qualification").Deals.Select(d => (d.Name, d.IsRotting)), Is.EqualTo(new[] { ("Travaillé", true), ("Oublié", false) }));
        });
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }

    private static HttpRequestMessage Put(DealDto deal)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/deals/{deal.Id}") { Content = JsonContent.Create(new { name = deal.Name, nextStep = "Relancé" }) };
        request.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        return request;
    }

    private async Task<PipelineDto> PipelineAsync() => (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();

    private async Task<DealDto> CreateAsync(object body) => await (await Client.PostAsJsonAsync("/api/v1/deals", body)).ReadOk<DealDto>(HttpStatusCode.Created);
}
