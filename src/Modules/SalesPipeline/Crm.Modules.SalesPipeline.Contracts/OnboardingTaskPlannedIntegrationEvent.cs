using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>
/// A task of a won deal's onboarding, one event per task: due on <see cref="DueDate"/> for <see cref="AssigneeId"/>
/// (the activities module makes it a to-do). <see cref="Position"/> orders the tasks of one checklist from 0.
/// </summary>
public sealed record OnboardingTaskPlannedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ChecklistId,
    Guid DealId,
    string TemplateName,
    int Position,
    string Title,
    DateOnly DueDate,
    Guid AssigneeId) : IIntegrationEvent;
