using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.IntegrationTests.Messaging;
using Crm.IntegrationTests.SalesPipeline;
using Crm.Modules.SalesPipeline.Contracts;
using Crm.Modules.SalesPipeline.Features.Schedule;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Activities;

/// <summary>Tasks other modules ask for: a follow-up for a deal left idle, the tasks of a won deal's onboarding.</summary>
internal sealed class TaskFollowUpsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly DateTimeOffset Start = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task ARottingDeal_GivesItsOwnerOneFollowUpTask_EvenWhenTheEventIsDeliveredTwice()
    {
        var clock = new ManualClock(Start);
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = await SignedInAsync(app);
        var deal = await (await client.PostAsJsonAsync("/api/v1/deals", new { name = "Oublié" })).ReadOk<DealDto>(HttpStatusCode.Created);
        var consumed = new ConsumedCounter<DealRottingIntegrationEvent>();
        using var observer = app.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);

        clock.Advance(TimeSpan.FromDays(15));
        await app.Services.GetRequiredService<SalesSchedule>().RunAsync(CancellationToken.None);
        await DrainAsync(app);
        await Eventually.Get(() => Task.FromResult(consumed.Count), c => c == 1, "the rotting event consumed");

        var rotting = await RottingEventAsync(app);
        await app.Services.GetRequiredService<IBus>().Publish(rotting, c => c.MessageId = rotting.EventId);
        await Eventually.Get(() => Task.FromResult(consumed.Count), c => c == 2, "the duplicate consumed");

        using var later = await SignedInAsync(app);
        var tasks = (await later.GetFromJsonAsync<TaskPageDto>($"/api/v1/tasks?relatedType=deal&relatedId={deal.Id}"))!.Items;
        Assert.That(tasks.Select(t => (t.Title, t.DueDate, t.AssigneeId, t.Status, t.Source, t.CreatedBy)), Is.EqualTo(new[]
        {
            ("Relancer : Oublié", (DateOnly?)new DateOnly(2027, 1, 30), deal.OwnerId, "Open", "DealRotting", (Guid?)null),
        }));
    }

    [Test]
    public async Task TheFollowUpsTitle_IsInTheInstallationsLanguage()
    {
        var clock = new ManualClock(Start);
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Activities:Language", "en").ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = await SignedInAsync(app);
        var deal = await (await client.PostAsJsonAsync("/api/v1/deals", new { name = "Forgotten" })).ReadOk<DealDto>(HttpStatusCode.Created);

        clock.Advance(TimeSpan.FromDays(15));
        await app.Services.GetRequiredService<SalesSchedule>().RunAsync(CancellationToken.None);
        await DrainAsync(app);

        using var later = await SignedInAsync(app);
        var tasks = await Eventually.Get(
            async () => (await later.GetFromJsonAsync<TaskPageDto>($"/api/v1/tasks?relatedType=deal&relatedId={deal.Id}"))!.Items,
            t => t.Length > 0,
            "the follow-up task");
        Assert.That(tasks.Select(t => t.Title), Is.EqualTo(new[] { "Follow up: Forgotten" }));
    }

    [Test]
    public async Task WinningADealWhosePipelineHasAnOnboardingTemplate_CreatesItsTasks()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var template = await (await Client.PostAsJsonAsync("/api/v1/onboarding-templates", new
        {
            name = "Nouveau client",
            steps = new object[] { new { title = "Appel de lancement", offsetDays = 2 }, new { title = "Formation", offsetDays = 10, assigneeId = repId } },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var pipeline = await UseTemplateAsync(template.GetProperty("id").GetGuid());
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Logiciel" })).ReadOk<DealDto>(HttpStatusCode.Created);
        var move = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deals/{deal.Id}/move") { Content = JsonContent.Create(new { stageId = pipeline.Won.Id }) };
        move.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        await (await Client.SendAsync(move)).ReadOk<DealDto>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await DrainOutboxesAsync();

        var tasks = await Eventually.Get(
            async () => (await Client.GetFromJsonAsync<TaskPageDto>($"/api/v1/tasks?relatedType=deal&relatedId={deal.Id}"))!.Items,
            t => t.Length == 2,
            "both onboarding tasks");
        Assert.That(tasks.OrderBy(t => t.DueDate).Select(t => (t.Title, t.DueDate, t.AssigneeId, t.Source, t.Status)), Is.EqualTo(new[]
        {
            ("Appel de lancement", (DateOnly?)today.AddDays(2), deal.OwnerId, "Onboarding", "Open"),
            ("Formation", (DateOnly?)today.AddDays(10), repId, "Onboarding", "Open"),
        }));
    }

    private static async Task DrainAsync(WebApplicationFactory<Program> app)
    {
        foreach (var publisher in app.Services.GetServices<IOutboxPublisher>())
        {
            await publisher.PublishPendingAsync(CancellationToken.None);
        }
    }

    private static async Task<DealRottingIntegrationEvent> RottingEventAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var payload = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.Contains(nameof(DealRottingIntegrationEvent))).Select(m => m.Payload).SingleAsync();
        return JsonSerializer.Deserialize<DealRottingIntegrationEvent>(payload, JsonSerializerOptions.Web)!;
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
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
}
