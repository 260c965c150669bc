using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Activities.Features.Reminders;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Visibility;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Activities;

internal sealed record TaskReminderDto(string At, DateTimeOffset AtUtc);

internal sealed record ReminderTaskDto(Guid Id, string Title, string Status, Guid AssigneeId, TaskReminderDto[] Reminders, int Version);

internal sealed record NotificationDto(Guid Id, string Kind, string Title, string? Body, string? Link, DateTimeOffset CreatedAtUtc, DateTimeOffset? ReadAtUtc);

internal sealed record NotificationPageDto(NotificationDto[] Items, string? NextCursor);

/// <summary>What the reminder and notification tests share: a host on a hand-moved clock, dispatching, users' settings.</summary>
internal static class ReminderHosts
{
    /// <summary>A host on <paramref name="app"/>'s database whose clock the test moves (its dispatcher stays off: the test dispatches).</summary>
    public static WebApplicationFactory<Program> OnClock(WebApplicationFactory<Program> app, ManualClock clock, IReadOnlyDictionary<string, string>? settings = null) =>
        app.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                b.UseSetting(key, value);
            }
        });

    /// <summary>Fires what is due on <paramref name="app"/>'s clock, as its background dispatcher would.</summary>
    public static Task<int> DispatchAsync(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<ReminderDispatcher>().DispatchDueAsync(CancellationToken.None);

    public static async Task<HttpClient> AdministratorAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Sets a user's language and time zone in the database and makes <paramref name="app"/> read them again.</summary>
    public static async Task<Guid> SetPreferencesAsync(WebApplicationFactory<Program> app, string email, string language, string timeZone)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.Language = language;
        user.TimeZone = timeZone;
        Assert.That((await users.UpdateAsync(user)).Succeeded, Is.True);
        app.Services.GetRequiredService<DirectoryCache>().Invalidate();
        return user.Id;
    }

    /// <summary>Writes a notification for <paramref name="userId"/> through the module's sender, as a feature would.</summary>
    public static async Task<Guid> NotifyAsync(WebApplicationFactory<Program> app, Guid userId, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notification = scope.ServiceProvider.GetRequiredService<NotificationSender>().Add(userId, "reminder", title, "body", "/tasks");
        await scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>().SaveChangesAsync();
        return notification.Id;
    }

    public static async Task<NotificationDto[]> NotificationsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<NotificationPageDto>("/api/v1/notifications?limit=200"))!.Items;

    public static async Task<int> UnfiredAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>().Reminders.CountAsync(r => r.FiredAtUtc == null);
    }
}
