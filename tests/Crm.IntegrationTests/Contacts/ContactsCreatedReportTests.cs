using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts;

internal sealed class ContactsCreatedReportTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task CreatedContacts_AreCountedForTodayInTheReport()
    {
        for (var i = 0; i < 3; i++)
        {
            (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact(firstName: $"N{i}"))).EnsureSuccessStatusCode();
        }

        Assert.That(await Api.ContactsCreatedTotal(Client), Is.Zero, "nothing counted before the events are published");
        await DrainOutboxesAsync();
        var report = await Eventually.Get(
            () => Client.GetFromJsonAsync<ContactsCreatedReport>("/api/v1/reports/contacts-created")!,
            r => r!.Total == 3,
            "three contacts counted");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.That(report!.Days, Is.EqualTo(new[] { new DayCount(today, 3) }));
    }

    [Test]
    public async Task Report_WithFromAfterTo_Is400()
    {
        var response = await Client.GetAsync("/api/v1/reports/contacts-created?from=2026-02-01&to=2026-01-01");
        await response.AssertProblem(HttpStatusCode.BadRequest, "report.period_invalid");
    }

    [Test]
    public async Task Report_EndingOnTheFirstDayThereIs_IsAnEmptyReport()
    {
        var report = await (await Client.GetAsync("/api/v1/reports/contacts-created?to=0001-01-01")).ReadOk<ContactsCreatedReport>();
        Assert.Multiple(() =>
        {
            Assert.That(report.From, Is.EqualTo(DateOnly.MinValue));
            Assert.That(report.Total, Is.Zero);
        });
    }

    [Test]
    public async Task Report_WithAnUnreadableDate_Is400()
    {
        var response = await Client.GetAsync("/api/v1/reports/contacts-created?from=yesterday");
        await response.AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
    }
}
