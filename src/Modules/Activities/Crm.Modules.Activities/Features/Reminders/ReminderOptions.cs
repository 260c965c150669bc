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
}
