using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Features.Reminders;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Activities;

/// <summary>
/// Two host processes' dispatchers on one database: PostgreSQL only, where rows are claimed with SKIP LOCKED. SQLite
/// is single-process by design (one host owns its files), so it has no second dispatcher to race with.
/// </summary>
internal sealed class ConcurrentReminderDispatchTests
{
    private const int Reminders = 300;

    [Test]
    public async Task TwoHostsOnOnePostgresDatabase_FireEveryReminderExactlyOnce()
    {
        var settings = new Dictionary<string, string> { ["Activities:Reminders:BatchSize"] = "10" };
        await using var first = await TestDatabases.NewAppAsync(DatabaseProvider.Postgres, relayEnabled: false, settings);
        first.CreateClient().Dispose();
        await using var second = first.Restart(relayEnabled: false);
        second.CreateClient().Dispose();
        var subjects = await ScheduleDueRemindersAsync(first);

        var dispatchers = new[] { first, second }.Select(app => app.Services.GetRequiredService<ReminderDispatcher>()).ToList();
        var fired = await Task.WhenAll(dispatchers.Select(dispatcher => Task.Run(async () =>
        {
            var total = 0;
            for (var round = 0; round < 20; round++)
            {
                total += await dispatcher.DispatchDueAsync(CancellationToken.None);
            }

            return total;
        })));

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var links = await db.Notifications.Select(n => n.Link!).ToListAsync();
        var unfired = await db.Reminders.CountAsync(r => r.FiredAtUtc == null);
        Assert.Multiple(() =>
        {
            Assert.That(fired.Sum(), Is.EqualTo(Reminders), "fired in all");
            Assert.That(fired, Has.All.GreaterThan(0), $"both hosts took part ({string.Join(", ", fired)})");
            Assert.That(unfired, Is.Zero, "no miss");
            Assert.That(links, Is.Unique, "no duplicate");
            Assert.That(links, Is.EquivalentTo(subjects.Select(id => ReminderSubjects.LinkOf(ReminderSubjects.Task, id))), "one notification per reminder");
        });
    }

    private static async Task<List<Guid>> ScheduleDueRemindersAsync(CrmApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var schedule = scope.ServiceProvider.GetRequiredService<ReminderSchedule>();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var users = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var subjects = new List<Guid>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Reminders; i++)
        {
            var subject = Guid.NewGuid();
            subjects.Add(subject);
            await schedule.ReplaceAsync(ReminderSubjects.Task, subject, [new ReminderSpec(users[i % users.Count], now.AddSeconds(-i), $"Task {i}")], CancellationToken.None);
        }

        await db.SaveChangesAsync();
        Assert.That(await db.Reminders.CountAsync(r => r.FiredAtUtc == null), Is.EqualTo(Reminders));
        return subjects;
    }
}
