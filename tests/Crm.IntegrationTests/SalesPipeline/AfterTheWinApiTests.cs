using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.SalesPipeline.Contracts;
using Crm.Modules.SalesPipeline.Features.Schedule;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed record OnboardingTaskDto(int Index, string Title, DateOnly DueDate, Guid AssigneeId, DateTimeOffset? DoneAtUtc);

internal sealed record OnboardingDto(Guid Id, Guid DealId, string TemplateName, OnboardingTaskDto[] Tasks, int Version);

internal sealed record SubscriptionDto(
    Guid Id, Guid DealId, Guid? CompanyId, string Name, MoneyDto Mrr, MoneyDto Arr, DateOnly StartDate, DateOnly EndDate, string Status,
    Guid? RenewedFromId, Guid? RenewalDealId, string? ChurnReason);

/// <summary>What follows a win: onboarding, orders and subscriptions, then renewals and churn as time passes (an injected clock).</summary>
internal sealed class AfterTheWinApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly DateTimeOffset Start = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task WinningADeal_StartsItsPipelinesOnboarding_WhoseTasksAreTicked()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var template = await (await Client.PostAsJsonAsync("/api/v1/onboarding-templates", new
        {
            name = "Nouveau client",
            steps = new object[] { new { title = "Appel de lancement", offsetDays = 2 }, new { title = "Formation", offsetDays = 10, assigneeId = repId } },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var pipeline = await UseTemplateAsync(template.GetProperty("id").GetGuid());
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Logiciel" })).ReadOk<DealDto>(HttpStatusCode.Created);
        await (await Client.GetAsync($"/api/v1/deals/{deal.Id}/onboarding")).AssertProblem(HttpStatusCode.NotFound, "onboarding.none");

        var won = await (await MoveAsync(Client, deal, pipeline.Won.Id)).ReadOk<DealDto>();
        var onboarding = await Client.GetFromJsonAsync<OnboardingDto>($"/api/v1/deals/{deal.Id}/onboarding");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.Multiple(() =>
        {
            Assert.That(won.Status, Is.EqualTo("Won"));
            Assert.That(onboarding!.Tasks.Select(t => (t.Title, t.DueDate, t.AssigneeId)), Is.EqualTo(new[]
            {
                ("Appel de lancement", today.AddDays(2), deal.OwnerId), ("Formation", today.AddDays(10), repId),
            }));
        });
        var tick = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/deals/{deal.Id}/onboarding/tasks/1") { Content = JsonContent.Create(new { done = true }) };
        tick.Headers.IfMatch.ParseAdd($"\"{onboarding!.Version}\"");
        var ticked = await (await Client.SendAsync(tick)).ReadOk<OnboardingDto>();
        Assert.That(ticked.Tasks.Select(t => t.DoneAtUtc is not null), Is.EqualTo(new[] { false, true }));
        var planned = await PublishedAsync<OnboardingTaskPlannedIntegrationEvent>();
        Assert.That(planned.OrderBy(t => t.Position).Select(t => (t.Title, t.AssigneeId)), Is.EqualTo(new[] { ("Appel de lancement", deal.OwnerId), ("Formation", repId) }));
    }

    [Test]
    public async Task SavingATemplate_RefusesAnAssigneeWhoIsUnknownOrDeactivated_NamingTheTask()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        object Steps(Guid assigneeId) => new object[] { new { title = "Appel de lancement", offsetDays = 2 }, new { title = "Formation", offsetDays = 10, assigneeId } };

        var unknown = await (await Client.PostAsJsonAsync("/api/v1/onboarding-templates", new { name = "Nouveau client", steps = Steps(Guid.NewGuid()) }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "onboarding.assignee_inactive");
        var template = await (await Client.PostAsJsonAsync("/api/v1/onboarding-templates", new { name = "Nouveau client", steps = Steps(repId) }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);
        Assert.That((await Client.PostAsync($"/api/v1/users/{repId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var deactivated = await (await Client.PostAsJsonAsync("/api/v1/onboarding-templates", new { name = "Autre client", steps = Steps(repId) }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "onboarding.assignee_inactive");
        var rewrite = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/onboarding-templates/{template.GetProperty("id").GetGuid()}")
        {
            Content = JsonContent.Create(new { name = "Nouveau client, revu", steps = Steps(repId) }),
        };
        rewrite.Headers.IfMatch.ParseAdd($"\"{template.GetProperty("version").GetInt32()}\"");
        var rewritten = await (await Client.SendAsync(rewrite)).AssertProblem(HttpStatusCode.UnprocessableEntity, "onboarding.assignee_inactive");

        Assert.Multiple(() =>
        {
            foreach (var problem in new[] { unknown, deactivated, rewritten })
            {
                Assert.That(problem.GetProperty("task").GetInt32(), Is.EqualTo(2));
                Assert.That(problem.GetProperty("detail").GetString(), Does.StartWith("Task 2 (\"Formation\")"));
            }
        });
        var templates = await Client.GetFromJsonAsync<JsonElement[]>("/api/v1/onboarding-templates");
        Assert.That(templates!.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "Nouveau client" }), "nothing refused was saved");
    }

    [Test]
    public async Task WinningADeal_WhoseTemplateNamesAnAssigneeDeactivatedSince_GivesTheTaskToTheDealOwner()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var template = await (await Client.PostAsJsonAsync("/api/v1/onboarding-templates", new
        {
            name = "Nouveau client",
            steps = new object[] { new { title = "Formation", offsetDays = 10, assigneeId = repId } },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var pipeline = await UseTemplateAsync(template.GetProperty("id").GetGuid());
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Logiciel" })).ReadOk<DealDto>(HttpStatusCode.Created);
        Assert.That((await Client.PostAsync($"/api/v1/users/{repId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await MoveAsync(Client, deal, pipeline.Won.Id)).ReadOk<DealDto>();

        var onboarding = await Client.GetFromJsonAsync<OnboardingDto>($"/api/v1/deals/{deal.Id}/onboarding");
        var planned = await PublishedAsync<OnboardingTaskPlannedIntegrationEvent>();
        Assert.Multiple(() =>
        {
            Assert.That(onboarding!.Tasks.Select(t => (t.Title, t.AssigneeId)), Is.EqualTo(new[] { ("Formation", deal.OwnerId) }));
            Assert.That(planned.Select(t => t.AssigneeId), Is.EqualTo(new[] { deal.OwnerId }));
            Assert.That(deal.OwnerId, Is.Not.EqualTo(repId));
        });
    }

    [Test]
    public async Task AnAcceptedQuoteWithARecurringProduct_StartsASubscription_WhoseRenewalOpensOnTime_AndIsRenewedWhenWon()
    {
        var clock = new ManualClock(Start);
        await using var app = ClockedApp(clock);
        using var client = await SignedInAsync(app);
        var deal = await SoldAsync(client, "Abonnement Pro", monthly: 100m);

        var subscription = (await client.GetFromJsonAsync<SubscriptionDto[]>($"/api/v1/subscriptions?dealId={deal.Id}"))!.Single();
        Assert.Multiple(() =>
        {
            Assert.That((subscription.Status, subscription.Mrr, subscription.Arr), Is.EqualTo(("Active", new MoneyDto(100m, "EUR"), new MoneyDto(1200m, "EUR"))));
            Assert.That((subscription.StartDate, subscription.EndDate), Is.EqualTo((new DateOnly(2027, 1, 15), new DateOnly(2028, 1, 14))));
            Assert.That(subscription.Name, Is.EqualTo("Abonnement Pro"), "the one-off installation line is not subscribed");
        });

        // Sessions do not last months: each later look signs in again.
        clock.Advance(TimeSpan.FromDays(new DateOnly(2027, 11, 14).DayNumber - new DateOnly(2027, 1, 15).DayNumber));
        await RunScheduleAsync(app);
        using var dayBefore = await SignedInAsync(app);
        Assert.That((await ReadAsync(dayBefore, subscription.Id)).RenewalDealId, Is.Null, "60 days before 2028-01-14 is 2027-11-15: one day early");

        clock.Advance(TimeSpan.FromDays(1));
        await RunScheduleAsync(app);
        await RunScheduleAsync(app);
        using var onTime = await SignedInAsync(app);
        var due = await ReadAsync(onTime, subscription.Id);
        var renewal = await onTime.GetFromJsonAsync<DealDto>($"/api/v1/deals/{due.RenewalDealId}");
        var renewals = (await onTime.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single(p => p.Name == "Renouvellements");
        var board = await onTime.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{renewals.Id}/board");
        Assert.Multiple(() =>
        {
            Assert.That((renewal!.PipelineName, renewal.Amount, renewal.ExpectedCloseDate), Is.EqualTo(("Renouvellements", new MoneyDto(1200m, "EUR"), (DateOnly?)new DateOnly(2028, 1, 14))));
            Assert.That(renewal.Name, Is.EqualTo("Renouvellement : Abonnement Pro"));
            Assert.That(board!.Columns.Sum(c => c.Count), Is.EqualTo(1), "a second run opens no second renewal");
        });

        await (await MoveAsync(onTime, renewal!, renewals.Won.Id)).ReadOk<DealDto>();
        await RunScheduleAsync(app);
        var terms = (await onTime.GetFromJsonAsync<SubscriptionDto[]>($"/api/v1/subscriptions?dealId={renewal!.Id}"))!;
        Assert.Multiple(() =>
        {
            Assert.That(terms.Select(t => (t.Status, t.StartDate, t.EndDate)), Is.EqualTo(new[]
            {
                ("Active", new DateOnly(2028, 1, 15), new DateOnly(2029, 1, 14)), ("Renewed", new DateOnly(2027, 1, 15), new DateOnly(2028, 1, 14)),
            }));
            Assert.That(terms[0].RenewedFromId, Is.EqualTo(subscription.Id));
        });
    }

    [Test]
    public async Task ASubscriptionNotRenewedByItsEnd_IsChurned_ForTheRenewalsLostReason()
    {
        var clock = new ManualClock(Start);
        await using var app = ClockedApp(clock);
        using var client = await SignedInAsync(app);
        var deal = await SoldAsync(client, "Support annuel", yearly: 1200m);
        var subscription = (await client.GetFromJsonAsync<SubscriptionDto[]>($"/api/v1/subscriptions?dealId={deal.Id}"))!.Single();
        Assert.That(subscription.Mrr, Is.EqualTo(new MoneyDto(100m, "EUR")), "a yearly line counts a twelfth a month");

        clock.Advance(TimeSpan.FromDays(320));
        await RunScheduleAsync(app);
        using var later = await SignedInAsync(app);
        var renewal = await later.GetFromJsonAsync<DealDto>($"/api/v1/deals/{(await ReadAsync(later, subscription.Id)).RenewalDealId}");
        var renewals = (await later.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single(p => p.Name == "Renouvellements");
        var reason = (await later.GetFromJsonAsync<LostReasonDto[]>("/api/v1/lost-reasons"))!.First(r => r.Name == "Pas de budget");
        await (await MoveAsync(later, renewal!, renewals.Lost.Id, reason.Id)).ReadOk<DealDto>();

        await RunScheduleAsync(app);
        Assert.That((await ReadAsync(later, subscription.Id)).Status, Is.EqualTo("Active"), "churn waits for the end of the term");
        clock.Advance(TimeSpan.FromDays(45));
        await RunScheduleAsync(app);
        using var afterEnd = await SignedInAsync(app);
        var churned = await ReadAsync(afterEnd, subscription.Id);
        Assert.That((churned.Status, churned.ChurnReason), Is.EqualTo(("Churned", "Pas de budget")));
        var published = await PublishedAsync<SubscriptionChurnedIntegrationEvent>();
        Assert.That(published.Single().Reason, Is.EqualTo("Pas de budget"));
    }

    [Test]
    public async Task IdleDeals_AskForAFollowUpOncePerIdleSpell_AndSentQuotesExpire()
    {
        var clock = new ManualClock(Start);
        await using var app = ClockedApp(clock);
        using var client = await SignedInAsync(app);
        var deal = await (await client.PostAsJsonAsync("/api/v1/deals", new { name = "Oublié" })).ReadOk<DealDto>(HttpStatusCode.Created);
        var quote = await (await client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new { validUntil = "2027-01-31", lines = new[] { new { description = "Audit", unitPrice = 900, vatRate = 20 } } }))
            .ReadOk<QuoteDto>(HttpStatusCode.Created);
        var send = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.Id}/send");
        send.Headers.IfMatch.ParseAdd($"\"{quote.Version}\"");
        await (await client.SendAsync(send)).ReadOk<QuoteDto>();

        clock.Advance(TimeSpan.FromDays(15));
        await RunScheduleAsync(app);
        await RunScheduleAsync(app);
        clock.Advance(TimeSpan.FromDays(2));
        await RunScheduleAsync(app);

        using var later = await SignedInAsync(app);
        var rotting = await PublishedAsync<DealRottingIntegrationEvent>();
        var expired = await later.GetFromJsonAsync<QuoteDto>($"/api/v1/quotes/{quote.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(rotting.Select(e => (e.DealId, e.StageName, e.IdleDays)), Is.EqualTo(new[] { (deal.Id, "Qualification", 15) }));
            Assert.That(expired!.Status, Is.EqualTo("Expired"));
        });
    }

    private WebApplicationFactory<Program> ClockedApp(ManualClock clock) =>
        App.WithWebHostBuilder(b => b.UseSetting("Sales:ScheduleEnabled", "false").ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));

    private static async Task RunScheduleAsync(WebApplicationFactory<Program> app) =>
        await app.Services.GetRequiredService<SalesSchedule>().RunAsync(CancellationToken.None);

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<SubscriptionDto> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<SubscriptionDto[]>("/api/v1/subscriptions"))!.Single(s => s.Id == id);

    /// <summary>A deal won by accepting a quote for a recurring product and a one-off installation.</summary>
    private static async Task<DealDto> SoldAsync(HttpClient client, string name, decimal? monthly = null, decimal? yearly = null)
    {
        var product = await (await client.PostAsJsonAsync("/api/v1/products", new
        {
            sku = name.ToUpperInvariant().Replace(' ', '-'),
            name,
            prices = new[] { new { amount = monthly ?? yearly } },
            vatRate = 20,
            billing = monthly is null ? "Yearly" : "Monthly",
        })).ReadOk<ProductDto>(HttpStatusCode.Created);
        var deal = await (await client.PostAsJsonAsync("/api/v1/deals", new { name })).ReadOk<DealDto>(HttpStatusCode.Created);
        var quote = await (await client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new
        {
            lines = new object[] { new { productId = product.Id }, new { description = "Installation", unitPrice = 500, vatRate = 20 } },
        })).ReadOk<QuoteDto>(HttpStatusCode.Created);
        foreach (var action in new[] { "send", "accept" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.Id}/{action}");
            request.Headers.IfMatch.ParseAdd($"\"{quote.Version}\"");
            quote = await (await client.SendAsync(request)).ReadOk<QuoteDto>();
        }

        return deal;
    }

    private async Task<PipelineDto> UseTemplateAsync(Guid templateId)
    {
        var pipeline = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var stages = pipeline.Stages.Select(s => new { id = s.Id, name = s.Name, kind = s.Kind, probability = s.Probability, rottingDays = s.RottingDays });
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/pipelines/{pipeline.Id}")
        {
            Content = JsonContent.Create(new { name = pipeline.Name, stages, onboardingTemplateId = templateId }),
        };
        request.Headers.IfMatch.ParseAdd($"\"{pipeline.Version}\"");
        return await (await Client.SendAsync(request)).ReadOk<PipelineDto>();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, DealDto deal, Guid stageId, Guid? lostReasonId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deals/{deal.Id}/move") { Content = JsonContent.Create(new { stageId, lostReasonId }) };
        request.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        return client.SendAsync(request);
    }

    private async Task<List<T>> PublishedAsync<T>()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.Contains(typeof(T).Name)).Select(m => m.Payload).ToListAsync();
        return payloads.ConvertAll(p => JsonSerializer.Deserialize<T>(p, JsonSerializerOptions.Web)!);
    }
}
