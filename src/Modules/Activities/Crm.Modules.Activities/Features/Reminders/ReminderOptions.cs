namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>The <c>Activities:Reminders</c> settings.</summary>
internal sealed class ReminderOptions
{
    public const string Section = "Activities:Reminders";

    /// <summary>Tests turn the background dispatcher off and dispatch themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due reminders: a reminder fires at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Reminders claimed and fired per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a fired reminder row is kept: past it the row is deleted, and a reminder due longer ago than this is
    /// not scheduled (it would be news to nobody).
    /// </summary>
    public TimeSpan FiredRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a notification is kept once read.</summary>
    public TimeSpan ReadNotificationRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the old rows are deleted.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
