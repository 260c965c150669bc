using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.SalesPipeline;

/// <summary>
/// The forecast over a small example worked out by hand. Stages: Qualification 10 %, Analyse du besoin 25 %,
/// Proposition 50 %, Négociation 75 %.
/// </summary>
internal sealed class ForecastApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly DateTimeOffset NewYear = new(2027, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task PerMonth_EachFigureIsSummedPerCurrency_OpenDealsByExpectedCloseAndWonDealsByTheDayWon()
    {
        var adminId = await SeedTheExampleAsync();
        await SetQuotaAsync(adminId, "2027-01", 4000m);
        await SetQuotaAsync(adminId, "2027-02", 2000m);
        await SetQuotaAsync(adminId, "2027-03", 1000m);
        await SetQuotaAsync(adminId, "2027-04", 5000m);

        var forecast = await ForecastAsync("from=2027-01-01&to=2027-03-31&interval=month");

        Assert.Multiple(() =>
        {
            Assert.That((forecast.From, forecast.To, forecast.Interval), Is.EqualTo((new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), "month")));
            Assert.That(forecast.Periods.Select(p => (p.Period, p.From, p.To, p.OpenCount, p.WonCount)), Is.EqualTo(new[]
            {
                ("2027-01", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), 2, 1),
                ("2027-02", new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28), 2, 1),
                ("2027-03", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), 1, 0),
            }));

            // January: A 1000 at 10 % (pipeline), B 2000.50 at 50 % (commit); W1 won on 31 January at 23:59:59.
            Assert.That(forecast.Periods[0].Currencies, Is.EqualTo(new[] { Eur(3000.50m, 1100.25m, 2000.50m, 2000.50m, 1200m, 4000m, 0.3m, 2, 1) }));

            // February: C 4000 at 75 % (best case); D 500 USD at 50 % (commit); W2 800 USD won at midnight on 1 February.
            Assert.That(forecast.Periods[1].Currencies, Is.EqualTo(new[]
            {
                Eur(4000m, 3000m, 4000m, 0m, 0m, 2000m, 0m, 1, 0),
                new ForecastFiguresDto("USD", 500m, 250m, 500m, 500m, 800m, null, null, 1, 1),
            }));

            // March: E omitted, G without an amount (counted, no currency), W1 expected then but already won.
            Assert.That(forecast.Periods[2].Currencies, Is.EqualTo(new[] { Eur(0m, 0m, 0m, 0m, 0m, 1000m, 0m, 0, 0) }));

            Assert.That((forecast.Total.Period, forecast.Total.From, forecast.Total.To, forecast.Total.OpenCount, forecast.Total.WonCount), Is.EqualTo(("total", new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), 5, 2)));
            Assert.That(forecast.Total.Currencies, Is.EqualTo(new[]
            {
                Eur(7000.50m, 4100.25m, 6000.50m, 2000.50m, 1200m, 7000m, 0.1714m, 3, 1),
                new ForecastFiguresDto("USD", 500m, 250m, 500m, 500m, 800m, null, null, 1, 1),
            }));
        });
    }

    [Test]
    public async Task PerQuarter_AQuartersQuotaIsTheSumOfItsMonths_AndTheTotalCoversTheRange()
    {
        var adminId = await SeedTheExampleAsync();
        await SetQuotaAsync(adminId, "2027-01", 4000m);
        await SetQuotaAsync(adminId, "2027-02", 2000m);
        await SetQuotaAsync(adminId, "2027-03", 1000m);
        await SetQuotaAsync(adminId, "2027-04", 5000m);
        await SetQuotaAsync(adminId, "2027-07", 9000m);

        var forecast = await ForecastAsync("from=2027-01-01&to=2027-06-30&interval=quarter");

        Assert.Multiple(() =>
        {
            Assert.That(forecast.Interval, Is.EqualTo("quarter"));
            Assert.That(forecast.Periods.Select(p => (p.Period, p.From, p.To, p.OpenCount, p.WonCount)), Is.EqualTo(new[]
            {
                ("2027-Q1", new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), 5, 2),
                ("2027-Q2", new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 30), 1, 1),
            }));
            Assert.That(forecast.Periods[0].Currencies, Is.EqualTo(new[]
            {
                Eur(7000.50m, 4100.25m, 6000.50m, 2000.50m, 1200m, 7000m, 0.1714m, 3, 1),
                new ForecastFiguresDto("USD", 500m, 250m, 500m, 500m, 800m, null, null, 1, 1),
            }));

            // Q2: F 9999 at 10 % expected on 1 April; W3 2500 won on 15 April; April's quota only.
            Assert.That(forecast.Periods[1].Currencies, Is.EqualTo(new[] { Eur(9999m, 999.90m, 0m, 0m, 2500m, 5000m, 0.5m, 1, 1) }));
            Assert.That(forecast.Total.Currencies, Is.EqualTo(new[]
            {
                Eur(16_999.50m, 5100.15m, 6000.50m, 2000.50m, 3700m, 12_000m, 0.3083m, 4, 2),
                new ForecastFiguresDto("USD", 500m, 250m, 500m, 500m, 800m, null, null, 1, 1),
            }));
        });
    }

    [Test]
    public async Task ARangeCutMidMonth_CountsOnlyItsDays_AndTheWholeQuotaOfEachMonthItTouches()
    {
        var adminId = await SeedTheExampleAsync();
        await SetQuotaAsync(adminId, "2027-01", 4000m);
        await SetQuotaAsync(adminId, "2027-02", 2000m);

        var forecast = await ForecastAsync("from=2027-01-15&to=2027-02-14&interval=quarter");

        Assert.Multiple(() =>
        {
            Assert.That(forecast.Periods.Select(p => (p.Period, p.From, p.To)), Is.EqualTo(new[] { ("2027-Q1", new DateOnly(2027, 1, 15), new DateOnly(2027, 2, 14)) }));

            // B (31 January) and C (1 February) but not A (10 January) nor D (28 February); W1 and W2.
            Assert.That(forecast.Periods[0].Currencies, Is.EqualTo(new[]
            {
                Eur(6000.50m, 4000.25m, 6000.50m, 2000.50m, 1200m, 6000m, 0.2m, 2, 1),
                new ForecastFiguresDto("USD", 0m, 0m, 0m, 0m, 800m, null, null, 0, 1),
            }));
        });
    }

    [Test]
    public async Task APipeline_NarrowsTheDealsButNotTheQuotas()
    {
        var first = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var renewals = await (await Client.PostAsJsonAsync("/api/v1/pipelines", new
        {
            name = "Renouvellements",
            stages = new object[] { new { name = "À renouveler", probability = 80 }, new { name = "Renouvelé", kind = "Won" }, new { name = "Résilié", kind = "Lost" } },
        })).ReadOk<PipelineDto>(HttpStatusCode.Created);
        var deal = await CreateAsync(Client, new { name = "Licences", expectedCloseDate = "2027-02-10", amount = new { amount = 1000m }, stageId = first.Stage("Proposition").Id });
        await CreateAsync(Client, new { name = "Contrat", expectedCloseDate = "2027-02-11", amount = new { amount = 700m }, pipelineId = renewals.Id });
        await SetQuotaAsync(deal.OwnerId, "2027-02", 3000m);

        var all = await ForecastAsync("from=2027-02-01&to=2027-02-28");
        var renewalsOnly = await ForecastAsync($"from=2027-02-01&to=2027-02-28&pipelineId={renewals.Id}");
        var newBusiness = await ForecastAsync($"from=2027-02-01&to=2027-02-28&pipelineId={first.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(all.Total.Currencies, Is.EqualTo(new[] { Eur(1700m, 1060m, 0m, 0m, 0m, 3000m, 0m, 2, 0) }));
            Assert.That(renewalsOnly.PipelineId, Is.EqualTo(renewals.Id));
            Assert.That(renewalsOnly.Total.Currencies, Is.EqualTo(new[] { Eur(700m, 560m, 0m, 0m, 0m, 3000m, 0m, 1, 0) }));
            Assert.That(newBusiness.Total.Currencies, Is.EqualTo(new[] { Eur(1000m, 500m, 0m, 0m, 0m, 3000m, 0m, 1, 0) }));
        });
    }

    [Test]
    public async Task ATeam_CountsItsMembersAndThoseOfTheTeamsBelow_DealsAndQuotasAlike()
    {
        var north = await Users.Create(App, "north@crm.test", "SalesRep");
        var lille = await Users.Create(App, "lille@crm.test", "SalesRep");
        var south = await Users.Create(App, "south@crm.test", "SalesRep");
        var northTeam = await CreateTeamAsync("Nord", null);
        var lilleTeam = await CreateTeamAsync("Lille", northTeam.Id);
        var southTeam = await CreateTeamAsync("Sud", null);
        await PutTeamAsync(north, northTeam.Id);
        await PutTeamAsync(lille, lilleTeam.Id);
        await PutTeamAsync(south, southTeam.Id);
        foreach (var (owner, amount) in new[] { (north, 1000m), (lille, 2000m), (south, 4000m) })
        {
            await CreateAsync(Client, new { name = "Affaire", expectedCloseDate = "2027-01-20", amount = new { amount }, ownerId = owner });
            await SetQuotaAsync(owner, "2027-01", amount * 3);
        }

        var northForecast = await ForecastAsync($"from=2027-01-01&to=2027-01-31&teamId={northTeam.Id}");
        var lilleForecast = await ForecastAsync($"from=2027-01-01&to=2027-01-31&teamId={lilleTeam.Id}");
        var southRep = await ForecastAsync($"from=2027-01-01&to=2027-01-31&ownerId={south}");
        var everyone = await ForecastAsync("from=2027-01-01&to=2027-01-31");

        Assert.Multiple(() =>
        {
            Assert.That(northForecast.TeamId, Is.EqualTo(northTeam.Id));
            Assert.That(northForecast.Total.Currencies, Is.EqualTo(new[] { Eur(3000m, 300m, 0m, 0m, 0m, 9000m, 0m, 2, 0) }));
            Assert.That(lilleForecast.Total.Currencies, Is.EqualTo(new[] { Eur(2000m, 200m, 0m, 0m, 0m, 6000m, 0m, 1, 0) }));
            Assert.That(southRep.OwnerId, Is.EqualTo(south));
            Assert.That(southRep.Total.Currencies, Is.EqualTo(new[] { Eur(4000m, 400m, 0m, 0m, 0m, 12_000m, 0m, 1, 0) }));
            Assert.That(everyone.Total.Currencies, Is.EqualTo(new[] { Eur(7000m, 700m, 0m, 0m, 0m, 21_000m, 0m, 3, 0) }));
        });
        await (await Client.GetAsync($"/api/v1/forecast?teamId={Guid.NewGuid()}")).AssertProblem(HttpStatusCode.BadRequest, "forecast.team_unknown");
        await (await Client.GetAsync($"/api/v1/forecast?teamId={northTeam.Id}&ownerId={north}")).AssertProblem(HttpStatusCode.BadRequest, "forecast.scope_invalid");
    }

    [Test]
    public async Task UnderOwnVisibility_ARepForecastsOnlyOwnDealsAndQuota()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/deals", new { scope = "own" })).ReadOk<object>();
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var team = await CreateTeamAsync("Ventes", null);
        var admins = await CreateAsync(Client, new { name = "Grand compte", expectedCloseDate = "2027-01-10", amount = new { amount = 5000m } });
        await CreateAsync(Client, new { name = "PME", expectedCloseDate = "2027-01-12", amount = new { amount = 1000m }, ownerId = repId, forecastCategory = "Commit" });
        await SetQuotaAsync(admins.OwnerId, "2027-01", 10_000m);
        await SetQuotaAsync(repId, "2027-01", 2000m);
        await PutTeamAsync(admins.OwnerId, team.Id);
        await PutTeamAsync(repId, team.Id);
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        var own = await ForecastAsync("from=2027-01-01&to=2027-01-31", rep);
        var asked = await ForecastAsync($"from=2027-01-01&to=2027-01-31&ownerId={admins.OwnerId}", rep);
        var teamOf = await ForecastAsync($"from=2027-01-01&to=2027-01-31&teamId={team.Id}", rep);
        var admin = await ForecastAsync($"from=2027-01-01&to=2027-01-31&teamId={team.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(own.Total.Currencies, Is.EqualTo(new[] { Eur(1000m, 100m, 1000m, 1000m, 0m, 2000m, 0m, 1, 0) }));
            Assert.That((asked.Total.OpenCount, asked.Total.Currencies.Length), Is.EqualTo((0, 0)), "another's deals and quota stay hidden");
            Assert.That(teamOf.Total.Currencies, Is.EqualTo(own.Total.Currencies), "a teammate's too");
            Assert.That(admin.Total.Currencies, Is.EqualTo(new[] { Eur(6000m, 600m, 1000m, 1000m, 0m, 12_000m, 0m, 2, 0) }));
        });
    }

    [Test]
    public async Task WithoutARange_TheForecastIsTheCurrentQuarterByMonth()
    {
        var forecast = await ForecastAsync(string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That((forecast.From.Day, forecast.From.Month % 3, forecast.Interval), Is.EqualTo((1, 1, "month")));
            Assert.That(forecast.To, Is.EqualTo(forecast.From.AddMonths(3).AddDays(-1)));
            Assert.That(forecast.Periods, Has.Length.EqualTo(3));
            Assert.That(forecast.Periods.All(p => p.Currencies.Length == 0), Is.True);
            Assert.That(forecast.Total.Currencies, Is.Empty);
        });
    }

    [TestCase("from=2027-03-01&to=2027-02-28", "forecast.range_invalid")]
    [TestCase("from=2027-03-01", "forecast.range_invalid")]
    [TestCase("to=2027-03-01", "forecast.range_invalid")]
    [TestCase("from=2027-01-01&to=2029-01-01", "forecast.range_too_long")]
    [TestCase("from=2027-01-01&to=2027-03-31&interval=week", "forecast.interval_invalid")]
    [TestCase("from=2027-01-01&to=2027-03-31&pipelineId=0196a2f0-0000-7000-8000-000000000001", "forecast.pipeline_unknown")]
    public async Task ABadForecastRequest_IsRefusedSayingWhy(string query, string code) =>
        await (await Client.GetAsync($"/api/v1/forecast?{query}")).AssertProblem(HttpStatusCode.BadRequest, code);

    [Test]
    public async Task TwentyFourMonths_IsTheLongestRange()
    {
        var forecast = await ForecastAsync("from=2027-01-01&to=2028-12-31&interval=quarter");

        Assert.That(forecast.Periods.Select(p => p.Period), Is.EqualTo(new[] { "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2", "2028-Q3", "2028-Q4" }));
    }

    private static ForecastFiguresDto Eur(decimal open, decimal weighted, decimal bestCase, decimal commit, decimal won, decimal? quota, decimal? attainment, int openCount, int wonCount) =>
        new("EUR", open, weighted, bestCase, commit, won, quota, attainment, openCount, wonCount);

    /// <summary>
    /// Deals of the administrator, created on 5 January 2027: open A, B, C, D, E (omitted), F, G (no amount), H (no
    /// date), lost L, and W1, W2, W3 won on 31 January at 23:59:59, 1 February at 00:00 and 15 April (UTC).
    /// </summary>
    private async Task<Guid> SeedTheExampleAsync()
    {
        var clock = new ManualClock(NewYear);
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var pipeline = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var reason = (await Client.GetFromJsonAsync<LostReasonDto[]>("/api/v1/lost-reasons"))![0];
        Guid Stage(string name) => pipeline.Stage(name).Id;

        using (var january = await SignedInAsync(app))
        {
            await CreateAsync(january, new { name = "A", expectedCloseDate = "2027-01-10", amount = new { amount = 1000m }, stageId = Stage("Qualification") });
            await CreateAsync(january, new { name = "B", expectedCloseDate = "2027-01-31", amount = new { amount = 2000.50m }, stageId = Stage("Proposition"), forecastCategory = "Commit" });
            await CreateAsync(january, new { name = "C", expectedCloseDate = "2027-02-01", amount = new { amount = 4000m }, stageId = Stage("Négociation"), forecastCategory = "BestCase" });
            await CreateAsync(january, new { name = "D", expectedCloseDate = "2027-02-28", amount = new { amount = 500m, currency = "USD" }, stageId = Stage("Proposition"), forecastCategory = "Commit" });
            await CreateAsync(january, new { name = "E", expectedCloseDate = "2027-03-31", amount = new { amount = 3000m }, stageId = Stage("Analyse du besoin"), forecastCategory = "Omitted" });
            await CreateAsync(january, new { name = "F", expectedCloseDate = "2027-04-01", amount = new { amount = 9999m } });
            await CreateAsync(january, new { name = "G", expectedCloseDate = "2027-03-15" });
            await CreateAsync(january, new { name = "H", amount = new { amount = 777m }, forecastCategory = "Commit" });
            var lost = await CreateAsync(january, new { name = "L", expectedCloseDate = "2027-02-10", amount = new { amount = 600m } });
            var w1 = await CreateAsync(january, new { name = "W1", expectedCloseDate = "2027-03-01", amount = new { amount = 1200m } });
            var w2 = await CreateAsync(january, new { name = "W2", expectedCloseDate = "2027-01-02", amount = new { amount = 800m, currency = "USD" } });
            var w3 = await CreateAsync(january, new { name = "W3", expectedCloseDate = "2027-02-20", amount = new { amount = 2500m }, forecastCategory = "Omitted" });

            clock.Advance(new DateTimeOffset(2027, 1, 31, 23, 59, 59, TimeSpan.Zero) - NewYear);
            using var endOfJanuary = await SignedInAsync(app);
            await MoveAsync(endOfJanuary, w1, pipeline.Won.Id);
            clock.Advance(TimeSpan.FromSeconds(1));
            await MoveAsync(endOfJanuary, w2, pipeline.Won.Id);

            clock.Advance(new DateTimeOffset(2027, 4, 15, 12, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
            using var april = await SignedInAsync(app);
            await MoveAsync(april, w3, pipeline.Won.Id);
            await MoveAsync(april, lost, pipeline.Lost.Id, reason.Id);
            return w1.OwnerId;
        }
    }

    private async Task<ForecastDto> ForecastAsync(string query, HttpClient? client = null) =>
        await (await (client ?? Client).GetAsync($"/api/v1/forecast?{query}")).ReadOk<ForecastDto>();

    private async Task SetQuotaAsync(Guid userId, string period, decimal amount) =>
        await (await Client.PutAsJsonAsync($"/api/v1/quotas/{userId}/{period}", new { amount })).ReadOk<QuotaDto>();

    private async Task<TeamDto> CreateTeamAsync(string name, Guid? parentTeamId) =>
        await (await Client.PostAsJsonAsync("/api/v1/teams", new { name, parentTeamId })).ReadOk<TeamDto>(HttpStatusCode.Created);

    private async Task PutTeamAsync(Guid userId, Guid teamId)
    {
        var response = await Client.PutAsJsonAsync($"/api/v1/users/{userId}/team", new { teamId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<DealDto> CreateAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/deals", body)).ReadOk<DealDto>(HttpStatusCode.Created);

    // Read again first: the deal's version is whatever it is now (a scheduled job may have touched it meanwhile).
    private static async Task MoveAsync(HttpClient client, DealDto created, Guid stageId, Guid? lostReasonId = null)
    {
        var deal = (await client.GetFromJsonAsync<DealDto>($"/api/v1/deals/{created.Id}"))!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deals/{deal.Id}/move") { Content = JsonContent.Create(new { stageId, lostReasonId }) };
        request.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        await (await client.SendAsync(request)).ReadOk<DealDto>();
    }
}

internal sealed record ForecastFiguresDto(
    string Currency, decimal OpenPipeline, decimal Weighted, decimal BestCase, decimal Commit, decimal Won, decimal? Quota, decimal? Attainment, int OpenCount, int WonCount);

internal sealed record ForecastPeriodDto(string Period, DateOnly From, DateOnly To, int OpenCount, int WonCount, ForecastFiguresDto[] Currencies);

internal sealed record ForecastDto(DateOnly From, DateOnly To, string Interval, Guid? OwnerId, Guid? TeamId, Guid? PipelineId, ForecastPeriodDto[] Periods, ForecastPeriodDto Total);

internal sealed record QuotaDto(Guid UserId, string Period, MoneyDto Amount, DateTimeOffset UpdatedAtUtc, Guid UpdatedBy, int Version);
