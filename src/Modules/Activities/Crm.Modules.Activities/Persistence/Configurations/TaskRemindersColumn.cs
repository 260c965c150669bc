using System.Globalization;
using System.Text.Json;
using Crm.Modules.Activities.Domain.Tasks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Activities.Persistence.Configurations;

/// <summary>A task's reminders as one JSON text column (a handful per task, always read with it).</summary>
internal static class TaskRemindersColumn
{
    public static ValueConverter<IReadOnlyList<TaskReminder>, string> Converter { get; } = new(v => Write(v), v => Read(v));

    public static ValueComparer<IReadOnlyList<TaskReminder>> Comparer { get; } = ListComparer.For<TaskReminder>();

    private static string Write(IReadOnlyList<TaskReminder> reminders) => JsonSerializer.Serialize(
        reminders.Select(r => new Row(r.At.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), r.AtUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))));

    private static IReadOnlyList<TaskReminder> Read(string json) =>
        string.IsNullOrEmpty(json)
            ? []
            : [.. (JsonSerializer.Deserialize<List<Row>>(json) ?? []).Select(r => new TaskReminder(
                DateTime.ParseExact(r.At, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                new DateTimeOffset(DateTime.Parse(r.AtUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero)))];

    private sealed record Row(string At, string AtUtc);
}
