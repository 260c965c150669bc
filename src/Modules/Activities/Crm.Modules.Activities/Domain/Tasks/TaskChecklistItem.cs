using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Tasks;

/// <summary>One step of a task's checklist, ticked off on its own.</summary>
internal sealed record TaskChecklistItem(Guid Id, string Text, bool Done)
{
    public const int MaxPerTask = 50;
    public const int TextMaxLength = 200;

    /// <summary>
    /// A checklist as written, in order: an item without id is new; texts are trimmed, 1 to
    /// <see cref="TextMaxLength"/> characters, at most <see cref="MaxPerTask"/> items, each id once.
    /// </summary>
    public static Result<IReadOnlyList<TaskChecklistItem>> CreateList(IEnumerable<(Guid? Id, string? Text, bool Done)> items)
    {
        var list = new List<TaskChecklistItem>();
        foreach (var (id, text, done) in items)
        {
            var trimmed = text?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.Length > TextMaxLength)
            {
                return Error.Validation("task.checklist_item_invalid", $"Each checklist item needs a text of 1 to {TextMaxLength} characters.");
            }

            list.Add(new TaskChecklistItem(id ?? Guid.CreateVersion7(), trimmed, done));
        }

        if (list.Count > MaxPerTask)
        {
            return Error.Validation("task.checklist_too_long", $"A checklist holds at most {MaxPerTask} items.");
        }

        if (list.DistinctBy(i => i.Id).Count() != list.Count)
        {
            return Error.Validation("task.checklist_item_repeated", "Name each checklist item once.");
        }

        return list;
    }
}
