using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Reminders;

/// <summary>
/// A durable due row: tell <see cref="UserId"/> about a subject (a task, later an appointment's occurrence) at
/// <see cref="DueAtUtc"/>. The dispatcher claims it when due, writes the notification and marks it fired in one
/// transaction, so it fires once. A fired row stays for a month (it keeps an edit from firing the same instant again;
/// a reminder older than that is not scheduled at all).
/// </summary>
internal sealed class Reminder
{
    public const int TitleMaxLength = 200;

    private Reminder(Guid id, Guid userId, string subjectType, Guid subjectId, DateTimeOffset? occurrenceStartUtc, DateTimeOffset dueAtUtc, string title)
    {
        Id = id;
        UserId = userId;
        SubjectType = subjectType;
        SubjectId = subjectId;
        OccurrenceStartUtc = occurrenceStartUtc;
        DueAtUtc = dueAtUtc;
        Title = title;
    }

    public Guid Id { get; private set; }

    /// <summary>Who is reminded.</summary>
    public Guid UserId { get; private set; }

    /// <summary>One of <see cref="ReminderSubjects"/>.</summary>
    public string SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>For a recurring subject, the start of the occurrence reminded of; null otherwise.</summary>
    public DateTimeOffset? OccurrenceStartUtc { get; private set; }

    public DateTimeOffset DueAtUtc { get; private set; }

    /// <summary>The subject's title when the reminder was scheduled.</summary>
    public string Title { get; private set; }

    /// <summary>Null until fired.</summary>
    public DateTimeOffset? FiredAtUtc { get; private set; }

    public static Reminder Schedule(Guid userId, string subjectType, Guid subjectId, DateTimeOffset? occurrenceStartUtc, DateTimeOffset dueAtUtc, string title)
    {
        var text = title.Trim();
        return new Reminder(
            TypedId.NewValue(), userId, subjectType, subjectId, occurrenceStartUtc?.ToUniversalTime(), dueAtUtc.ToUniversalTime(),
            text.Length > TitleMaxLength ? text[..TitleMaxLength] : text);
    }

    public void Fire(DateTimeOffset now) => FiredAtUtc = now;
}

/// <summary>
/// What a reminder can be about, and where the web app shows it. Another subject (an appointment) adds its type here
/// and its link in <see cref="LinkOf"/>.
/// </summary>
internal static class ReminderSubjects
{
    public const string Task = "task";
    public const string Appointment = "appointment";

    public const int MaxLength = 16;

    /// <summary>The web app's path of the subject.</summary>
    public static string LinkOf(string subjectType, Guid subjectId) => subjectType switch
    {
        Task => $"/tasks?id={subjectId}",
        Appointment => $"/agenda?appointment={subjectId}",
        _ => "/",
    };
}
