using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.Modules.Activities.IntegrationEventHandlers;

/// <summary>The details of a task another module's event asks for, about a deal.</summary>
internal static class SystemTasks
{
    public static TaskDetails Details(string title, DateOnly dueDate, Guid dealId)
    {
        var trimmed = title.Trim();

        // A long deal name behind the follow-up prefix may pass the limit: cut rather than lose the task.
        var fitted = trimmed.Length > TaskDetails.TitleMaxLength ? trimmed[..(TaskDetails.TitleMaxLength - 1)] + "…" : trimmed;
        var details = TaskDetails.Create(fitted, null, dueDate, null, TaskPriority.Normal, "deal", dealId);
        return details.IsSuccess ? details.Value : throw new InvalidOperationException($"A task asked for by another module was refused: {details.Error!.Message}");
    }
}
