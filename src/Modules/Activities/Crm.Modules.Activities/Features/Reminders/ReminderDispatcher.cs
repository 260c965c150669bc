using Crm.Modules.Activities.Domain.Notifications;
using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>
/// Fires due reminders: in one transaction per batch it claims due unfired rows (locked, skipped by other
/// processes), writes one notification each and marks them fired, so a reminder fires once and only once, across
/// restarts and processes. After the commit it wakes this process's live streams and, when mail is set up, emails
/// each user in their language; a mail that fails is logged and the reminder stays fired.
/// </summary>
internal sealed partial class ReminderDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    IMailSender mail,
    IConfiguration configuration,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Fires every reminder due now that no other dispatcher holds; returns how many this call fired.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var total = 0;
        while (true)
        {
            var fired = await DispatchBatchAsync(batchSize, cancellationToken);
            total += fired.Count;
            await MailAsync(fired, cancellationToken);
            if (fired.Count < batchSize)
            {
                return total;
            }
        }
    }

    private async Task<List<Fired>> DispatchBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var sender = scope.ServiceProvider.GetRequiredService<NotificationSender>();
        var appointments = scope.ServiceProvider.GetRequiredService<AppointmentReminders>();
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await ReminderClaim.ClaimAsync(db, now, batchSize, cancellationToken);
        var fired = new List<Fired>(due.Count);
        foreach (var reminder in due)
        {
            var user = await users.FindUserAsync(reminder.UserId, cancellationToken);
            var language = user?.Language ?? "fr";
            var zone = ZonedTime.FindZone(user?.TimeZone);
            var notification = sender.Add(
                reminder.UserId,
                NotificationKinds.Reminder,
                ReminderTexts.Title(language, reminder.Title),
                ReminderTexts.Body(language, reminder.SubjectType, reminder.OccurrenceStartUtc ?? reminder.DueAtUtc, zone),
                ReminderSubjects.LinkOf(reminder.SubjectType, reminder.SubjectId));
            reminder.Fire(now);
            await appointments.PlanNextAsync(reminder, cancellationToken);
            fired.Add(new Fired(user, notification));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sender.Announce();
        return fired;
    }

    private async Task MailAsync(List<Fired> fired, CancellationToken cancellationToken)
    {
        if (!mail.IsConfigured)
        {
            return;
        }

        var site = configuration["Crm:PublicUrl"]?.TrimEnd('/') ?? string.Empty;
        foreach (var (user, notification) in fired)
        {
            if (user is not { IsActive: true, Email: { Length: > 0 } address })
            {
                continue;
            }

            try
            {
                var sent = await mail.SendAsync(
                    new OutgoingMail(
                        [address], [], notification.Title,
                        ReminderTexts.MailBody(user.Language, user.DisplayName, notification.Title, notification.Body ?? string.Empty, site + notification.Link)),
                    cancellationToken);
                if (!sent.IsSuccess)
                {
                    LogMailFailed(logger, notification.Id, sent.Error!.Code);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMailCrashed(logger, ex, notification.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail of reminder notification {NotificationId} was not sent ({Code}); the reminder stays fired.")]
    private static partial void LogMailFailed(ILogger logger, Guid notificationId, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail of reminder notification {NotificationId} failed; the reminder stays fired.")]
    private static partial void LogMailCrashed(ILogger logger, Exception exception, Guid notificationId);

    private sealed record Fired(UserSummary? User, Notification Notification);
}
