using System.Text.Json;
using Crm.Modules.Activities.Domain.Tasks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Activities.Persistence.Configurations;

/// <summary>A task's checklist as one JSON text column (a few dozen items at most, always read with the task).</summary>
internal static class TaskChecklistColumn
{
    public static ValueConverter<IReadOnlyList<TaskChecklistItem>, string> Converter { get; } = new(v => Write(v), v => Read(v));

    public static ValueComparer<IReadOnlyList<TaskChecklistItem>> Comparer { get; } = ListComparer.For<TaskChecklistItem>();

    private static string Write(IReadOnlyList<TaskChecklistItem> checklist) =>
        checklist.Count == 0 ? string.Empty : JsonSerializer.Serialize(checklist.Select(i => new Row(i.Id, i.Text, i.Done)));

    private static IReadOnlyList<TaskChecklistItem> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : [.. (JsonSerializer.Deserialize<List<Row>>(json) ?? []).Select(r => new TaskChecklistItem(r.Id, r.Text, r.Done))];

    private sealed record Row(Guid Id, string Text, bool Done);
}
