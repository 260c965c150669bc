using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Tasks;

internal sealed record TaskCompleted(
    ActivityTaskId TaskId, string Title, Guid AssigneeId, Guid? CompletedBy, string? RelatedType, Guid? RelatedId, TaskSource Source, DateTimeOffset OccurredAtUtc)
    : IDomainEvent;
